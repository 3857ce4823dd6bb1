package tollgate.image.private_keys_test

import rego.v1

import data.tollgate.image.private_keys as policy
import data.tollgate.image.documents_test as docs

test_private_keys_fail if {
	findings := policy.deny with input as docs.image({"files": {"private_keys": [{"path": "/root/.ssh/id_rsa"}, {"path": "/etc/nginx/tls/server.key"}]}})
	count(findings) == 2
	some f in findings
	f.path == ["files", "private_keys", 1]
	contains(f.message, "/etc/nginx/tls/server.key")
}

test_no_private_keys_pass if {
	count(policy.deny) == 0 with input as docs.image({})
}

test_odd_file_lists_are_not_judged if {
	count(policy.deny) == 0 with input as docs.image({"files": {"private_keys": null}})
	count(policy.deny) == 0 with input as docs.image({"files": {"private_keys": ["/root/.ssh/id_rsa"]}})
	count(policy.deny) == 0 with input as docs.image({"files": null})
	count(policy.deny) == 0 with input as docs.empty
}
