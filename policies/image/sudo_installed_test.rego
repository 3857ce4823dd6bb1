package tollgate.image.sudo_installed_test

import rego.v1

import data.tollgate.image.sudo_installed as policy
import data.tollgate.image.documents_test as docs

packages(list) := docs.image({"packages": list})

test_sudo_fails if {
	findings := policy.deny with input as packages([
		{"name": "base-files", "version": "13.8", "manager": "dpkg"},
		{"name": "sudo", "version": "1.9.16p2-3", "manager": "dpkg"},
	])
	count(findings) == 1
	some f in findings
	f.path == ["packages", 1]
	contains(f.message, "sudo 1.9.16p2-3")
}

test_sudo_without_version_fails if {
	findings := policy.deny with input as packages([{"name": "sudo", "manager": "apk"}])
	count(findings) == 1
	some f in findings
	endswith(f.message, "tool sudo.")
}

test_no_sudo_passes if {
	count(policy.deny) == 0 with input as docs.image({})
	count(policy.deny) == 0 with input as packages([{"name": "libsudo-dev", "version": "1", "manager": "dpkg"}, {"name": "sudoku", "version": "1", "manager": "dpkg"}])
}

test_odd_package_lists_are_not_judged if {
	count(policy.deny) == 0 with input as packages({"sudo": "1.9"})
	count(policy.deny) == 0 with input as docs.empty
}
