package tollgate.image.healthcheck_test

import rego.v1

import data.tollgate.image.healthcheck as policy
import data.tollgate.image.documents_test as docs

test_missing_healthcheck_fails if {
	findings := policy.deny with input as docs.image({"config": {"healthcheck": null}})
	count(findings) == 1
	some f in findings
	f.path == ["config", "healthcheck"]
	contains(f.message, "declares no health check")
}

test_disabled_healthcheck_fails if {
	findings := policy.deny with input as docs.image({"config": {"healthcheck": {"test": ["NONE"]}}})
	count(findings) == 1
	some f in findings
	f.path == ["config", "healthcheck", "test"]
	contains(f.message, "disables")
}

test_empty_or_absent_healthcheck_fails if {
	count(policy.deny) == 1 with input as docs.without(["config/healthcheck"])
	count(policy.deny) == 1 with input as docs.image({"config": {"healthcheck": {"test": []}}})
	count(policy.deny) == 1 with input as docs.without(["config/healthcheck/test"])
}

test_declared_healthchecks_pass if {
	count(policy.deny) == 0 with input as docs.image({})
	count(policy.deny) == 0 with input as docs.image({"config": {"healthcheck": {"test": ["CMD-SHELL", "curl -fsS http://localhost:8080/healthz || exit 1"]}}})
}

test_missing_config_is_not_judged if {
	count(policy.deny) == 0 with input as docs.image({"config": null})
	count(policy.deny) == 0 with input as docs.empty
}
