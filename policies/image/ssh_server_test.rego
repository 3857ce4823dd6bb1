package tollgate.image.ssh_server_test

import rego.v1

import data.tollgate.image.ssh_server as policy
import data.tollgate.image.documents_test as docs

packages(list) := docs.image({"packages": list})

test_openssh_server_fails if {
	findings := policy.deny with input as packages([
		{"name": "openssh-client", "version": "1:10.0p1-7", "manager": "dpkg"},
		{"name": "openssh-server", "version": "1:10.0p1-7", "manager": "dpkg"},
	])
	count(findings) == 1
	some f in findings
	f.path == ["packages", 1]
	contains(f.message, "openssh-server 1:10.0p1-7")
}

test_dropbear_and_alpine_server_fail if {
	count(policy.deny) == 2 with input as packages([
		{"name": "dropbear", "version": "2024.86-r0", "manager": "apk"},
		{"name": "openssh-server-pam", "version": "9.9_p1-r2", "manager": "apk"},
	])
}

test_ssh_clients_and_libraries_pass if {
	count(policy.deny) == 0 with input as docs.image({})
	count(policy.deny) == 0 with input as packages([
		{"name": "openssh-client", "version": "1:10.0p1-7", "manager": "dpkg"},
		{"name": "openssh-sftp-server", "version": "1:10.0p1-7", "manager": "dpkg"},
		{"name": "libssh-4", "version": "0.11.1-1", "manager": "dpkg"},
		{"name": "openssh-keygen", "version": "9.9_p1-r2", "manager": "apk"},
	])
}

test_odd_package_lists_are_not_judged if {
	count(policy.deny) == 0 with input as packages(null)
	count(policy.deny) == 0 with input as packages(["openssh-server"])
	count(policy.deny) == 0 with input as docs.empty
}
