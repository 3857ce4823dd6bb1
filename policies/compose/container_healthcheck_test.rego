package tollgate.compose.container_healthcheck_test

import rego.v1

import data.tollgate.compose.container_healthcheck as policy
import data.tollgate.compose.documents_test as docs

check := {"test": ["CMD", "curl", "-fsS", "http://localhost:8080/healthz"], "interval": "30s"}

test_missing_healthcheck_fails if {
	findings := policy.deny with input as docs.compose({
		"web": {"image": "nginx:1.25", "healthcheck": check},
		"worker": {"build": "."},
	})
	count(findings) == 1
	some f in findings
	f.resource == "services.worker"
	f.path == ["healthcheck"]
	contains(f.message, "worker")
}

test_disabled_healthcheck_fails if {
	findings := policy.deny with input as docs.compose({"web": {"image": "nginx:1.25", "healthcheck": {"disable": true}}})
	count(findings) == 1
	some f in findings
	f.path == ["healthcheck", "disable"]
}

test_disabled_as_string_fails_once if {
	findings := policy.deny with input as docs.compose({"web": {"image": "nginx:1.25", "healthcheck": {"disable": "true", "test": ["NONE"]}}})
	count(findings) == 1
	some f in findings
	f.path == ["healthcheck", "disable"]
}

test_test_none_fails if {
	findings := policy.deny with input as docs.compose({"web": {"image": "nginx:1.25", "healthcheck": {"test": ["NONE"]}}})
	count(findings) == 1
	some f in findings
	f.path == ["healthcheck", "test"]
}

test_null_healthcheck_fails if {
	count(policy.deny) == 1 with input as docs.compose({"web": {"image": "nginx:1.25", "healthcheck": null}})
}

test_declared_healthcheck_passes if {
	count(policy.deny) == 0 with input as docs.compose({
		"web": {"image": "nginx:1.25", "healthcheck": check},
		"db": {"image": "postgres:16.2", "healthcheck": {"test": "pg_isready -U postgres", "disable": false}},
		"cache": {"image": "redis:7.2", "healthcheck": {"test": ["CMD-SHELL", "redis-cli ping | grep PONG"]}},
	})
}

test_extending_service_passes if {
	count(policy.deny) == 0 with input as docs.compose({"web": {"extends": {"file": "common.yml", "service": "web"}}})
}

test_unknown_healthcheck_passes if {
	count(policy.deny) == 0 with input as docs.compose({"web": {"image": "nginx:1.25", "healthcheck": {"__unknown__": "x", "disable": {"__unknown__": "${NO_CHECK}"}}}})
}

test_empty_document_passes if {
	count(policy.deny) == 0 with input as docs.empty
}
