package tollgate.image.world_writable_test

import rego.v1

import data.tollgate.image.world_writable as policy
import data.tollgate.image.documents_test as docs

test_world_writable_entries_fail if {
	findings := policy.deny with input as docs.image({"files": {"world_writable": [
		{"path": "/srv/data", "mode": "0777", "type": "dir"},
		{"path": "/app/config.yaml", "mode": "0666", "type": "file"},
	]}})
	count(findings) == 2
	some a in findings
	a.path == ["files", "world_writable", 0]
	contains(a.message, "world-writable directory /srv/data (mode 0777)")
	some b in findings
	contains(b.message, "world-writable file /app/config.yaml")
}

test_no_world_writable_entries_pass if {
	count(policy.deny) == 0 with input as docs.image({})
}

test_odd_file_lists_are_not_judged if {
	count(policy.deny) == 0 with input as docs.image({"files": {"world_writable": null}})
	count(policy.deny) == 0 with input as docs.image({"files": {"world_writable": ["/tmp"]}})
	count(policy.deny) == 0 with input as docs.empty
}
