package tollgate.image.package_cache_test

import rego.v1

import data.tollgate.image.package_cache as policy
import data.tollgate.image.documents_test as docs

test_package_caches_fail if {
	findings := policy.deny with input as docs.image({"files": {"package_caches": [
		{"path": "/var/lib/apt/lists", "manager": "apt", "files": 12},
		{"path": "/root/.cache/pip", "manager": "pip", "files": 340},
	]}})
	count(findings) == 2
	some f in findings
	f.path == ["files", "package_caches", 0]
	contains(f.message, "/var/lib/apt/lists (apt, 12 files)")
}

test_cache_without_manager_fails if {
	findings := policy.deny with input as docs.image({"files": {"package_caches": [{"path": "/var/cache/apk"}]}})
	count(findings) == 1
	some f in findings
	endswith(f.message, "keeps the package cache /var/cache/apk.")
}

test_no_caches_pass if {
	count(policy.deny) == 0 with input as docs.image({})
}

test_odd_file_lists_are_not_judged if {
	count(policy.deny) == 0 with input as docs.image({"files": {"package_caches": null}})
	count(policy.deny) == 0 with input as docs.image({"files": null})
	count(policy.deny) == 0 with input as docs.image({"files": {"package_caches": ["/var/lib/apt/lists"]}})
	count(policy.deny) == 0 with input as docs.empty
}
