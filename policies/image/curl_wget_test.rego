package tollgate.image.curl_wget_test

import rego.v1

import data.tollgate.image.curl_wget as policy
import data.tollgate.image.documents_test as docs

packages(list) := docs.image({"packages": list})

test_curl_and_wget_fail if {
	findings := policy.deny with input as packages([
		{"name": "curl", "version": "8.14.1-2", "manager": "dpkg"},
		{"name": "wget", "version": "1.25.0-2", "manager": "dpkg"},
	])
	count(findings) == 2
	some f in findings
	f.path == ["packages", 0]
	contains(f.message, "curl 8.14.1-2")
}

test_libraries_pass if {
	count(policy.deny) == 0 with input as docs.image({})
	count(policy.deny) == 0 with input as packages([
		{"name": "libcurl4t64", "version": "8.14.1-2", "manager": "dpkg"},
		{"name": "libcurl", "version": "8.14.1-r0", "manager": "apk"},
		{"name": "curl-minimal-doc", "version": "1", "manager": "rpm"},
	])
}

test_odd_package_lists_are_not_judged if {
	count(policy.deny) == 0 with input as packages("curl")
	count(policy.deny) == 0 with input as packages([{"name": null}])
	count(policy.deny) == 0 with input as docs.empty
}
