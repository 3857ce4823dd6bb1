package tollgate.compose.compose_read_only_test

import rego.v1

import data.tollgate.compose.compose_read_only as policy
import data.tollgate.compose.documents_test as docs

test_writable_root_fails if {
	findings := policy.deny with input as docs.compose({
		"api": {"image": "ghcr.io/acme/api:4.0.2"},
		"web": {"image": "nginx:1.25", "read_only": true, "tmpfs": ["/tmp", "/var/cache/nginx"]},
	})
	count(findings) == 1
	some f in findings
	f.resource == "services.api"
	f.path == ["read_only"]
}

test_read_only_false_fails if {
	count(policy.deny) == 2 with input as docs.compose({
		"a": {"image": "ghcr.io/acme/api:4.0.2", "read_only": false},
		"b": {"image": "ghcr.io/acme/api:4.0.2", "read_only": "false"},
	})
}

test_read_only_passes if {
	count(policy.deny) == 0 with input as docs.compose({
		"a": {"image": "ghcr.io/acme/api:4.0.2", "read_only": true},
		"b": {"image": "ghcr.io/acme/api:4.0.2", "read_only": "true"},
		"c": {"extends": {"service": "a"}},
	})
}

test_unknown_values_pass if {
	count(policy.deny) == 0 with input as docs.compose({
		"a": {"image": "ghcr.io/acme/api:4.0.2", "read_only": "${READ_ONLY:-true}"},
		"b": {"image": "ghcr.io/acme/api:4.0.2", "read_only": {"__unknown__": "x"}},
	})
	count(policy.deny) == 0 with input as docs.empty
}
