package tollgate.image.setuid_binaries_test

import rego.v1

import data.tollgate.image.setuid_binaries as policy
import data.tollgate.image.documents_test as docs

setuid(files) := docs.image({"files": {"setuid": files}})

test_setuid_outside_allowlist_fails if {
	findings := policy.deny with input as setuid([
		{"path": "/usr/bin/passwd", "mode": "4755", "setgid": false},
		{"path": "/usr/local/bin/backup", "mode": "4755", "setgid": false},
	])
		with data.tollgate.organization as docs.organization
	count(findings) == 1
	some f in findings
	f.resource == "image"
	f.path == ["files", "setuid", 1]
	contains(f.message, "setuid file /usr/local/bin/backup (mode 4755)")
}

test_setgid_and_both_bits_are_named if {
	findings := policy.deny with input as setuid([
		{"path": "/usr/bin/crontab", "mode": "2755", "setgid": true},
		{"path": "/opt/tool", "mode": "6755", "setgid": true},
		{"path": "/opt/other", "setgid": true},
	])
		with data.tollgate.organization as docs.organization
	count(findings) == 3
	some a in findings
	contains(a.message, "setgid file /usr/bin/crontab")
	some b in findings
	contains(b.message, "setuid and setgid file /opt/tool")
	some c in findings
	contains(c.message, "setgid file /opt/other.")
}

test_empty_allowlist_allows_none if {
	count(policy.deny) == 1 with input as docs.image({}) with data.tollgate.organization as {"setuid_allowlist": []}
	count(policy.deny) == 1 with input as docs.image({}) with data.tollgate.organization as {}
}

test_allowlisted_files_pass if {
	count(policy.deny) == 0 with input as docs.image({}) with data.tollgate.organization as docs.organization
	count(policy.deny) == 0 with input as setuid([
		{"path": "/bin/su", "mode": "4755", "setgid": false},
		{"path": "/usr/bin/chage", "mode": "2755", "setgid": true},
	])
		with data.tollgate.organization as docs.organization
	count(policy.deny) == 0 with input as setuid([{"path": "/opt/tool", "mode": "4755"}])
		with data.tollgate.organization as {"setuid_allowlist": ["opt/tool"]}
}

test_odd_file_lists_are_not_judged if {
	count(policy.deny) == 0 with input as setuid(null) with data.tollgate.organization as docs.organization
	count(policy.deny) == 0 with input as setuid(["/usr/local/bin/backup"]) with data.tollgate.organization as docs.organization
	count(policy.deny) == 0 with input as docs.empty with data.tollgate.organization as docs.organization
}
