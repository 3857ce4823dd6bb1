package tollgate.compose.compose_restart_test

import rego.v1

import data.tollgate.compose.compose_restart as policy
import data.tollgate.compose.documents_test as docs

test_missing_restart_fails if {
	findings := policy.deny with input as docs.compose({
		"api": {"image": "ghcr.io/acme/api:4.0.2"},
		"db": {"image": "postgres:16.2", "restart": "unless-stopped"},
	})
	count(findings) == 1
	some f in findings
	f.resource == "services.api"
	f.path == ["restart"]
	contains(f.message, "no restart policy")
}

test_restart_no_fails if {
	count(policy.deny) == 1 with input as docs.compose({"api": {"image": "ghcr.io/acme/api:4.0.2", "restart": "no"}})
	count(policy.deny) == 1 with input as docs.compose({"api": {"image": "ghcr.io/acme/api:4.0.2", "restart": false}})
}

test_condition_none_fails if {
	findings := policy.deny with input as docs.compose({"api": {"image": "ghcr.io/acme/api:4.0.2", "deploy": {"restart_policy": {"condition": "none"}}}})
	count(findings) == 1
	some f in findings
	f.path == ["deploy", "restart_policy", "condition"]
}

# deploy.restart_policy restarts the service without a restart key; its condition defaults to any.
test_restart_policies_pass if {
	count(policy.deny) == 0 with input as docs.compose({
		"a": {"image": "ghcr.io/acme/api:4.0.2", "restart": "always"},
		"b": {"image": "ghcr.io/acme/api:4.0.2", "restart": "on-failure:5"},
		"c": {"image": "ghcr.io/acme/api:4.0.2", "deploy": {"restart_policy": {"condition": "on-failure", "max_attempts": 3}}},
		"d": {"image": "ghcr.io/acme/api:4.0.2", "deploy": {"replicas": 2, "restart_policy": {}}},
		"e": {"extends": {"file": "common.yml", "service": "base"}},
	})
}

test_unknown_values_pass if {
	count(policy.deny) == 0 with input as docs.compose({
		"a": {"image": "ghcr.io/acme/api:4.0.2", "restart": "${RESTART_POLICY:-always}"},
		"b": {"image": "ghcr.io/acme/api:4.0.2", "restart": {"__unknown__": "x"}},
		"c": {"image": "ghcr.io/acme/api:4.0.2", "deploy": {"__unknown__": "x"}},
	})
	count(policy.deny) == 0 with input as docs.empty
}
