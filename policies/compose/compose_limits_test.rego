package tollgate.compose.compose_limits_test

import rego.v1

import data.tollgate.compose.compose_limits as policy
import data.tollgate.compose.documents_test as docs

test_no_limits_fails if {
	findings := policy.deny with input as docs.compose({
		"worker": {"image": "ghcr.io/acme/worker:2.3.1"},
		"web": {"image": "nginx:1.25", "deploy": {"resources": {"limits": {"cpus": "0.5", "memory": "256M"}}}},
	})
	count(findings) == 1
	some f in findings
	f.resource == "services.worker"
	f.path == ["deploy", "resources", "limits"]
	contains(f.message, "CPU or memory")
}

test_missing_memory_limit_fails if {
	findings := policy.deny with input as docs.compose({"worker": {"image": "ghcr.io/acme/worker:2.3.1", "deploy": {"resources": {"limits": {"cpus": "1"}, "reservations": {"memory": "128M"}}}}})
	count(findings) == 1
	some f in findings
	contains(f.message, "no memory limit")
}

# The service-level keys of the legacy format limit the container as well.
test_service_level_limits_pass if {
	count(policy.deny) == 0 with input as docs.compose({
		"a": {"image": "ghcr.io/acme/worker:2.3.1", "mem_limit": "512m", "cpus": 1.5},
		"b": {"image": "ghcr.io/acme/worker:2.3.1", "mem_limit": "512m", "cpu_quota": 50000},
		"c": {"image": "ghcr.io/acme/worker:2.3.1", "cpus": "0.5", "deploy": {"resources": {"limits": {"memory": "256M"}}}},
		"d": {"extends": {"service": "a"}},
	})
}

test_unknown_values_pass if {
	count(policy.deny) == 0 with input as docs.compose({
		"a": {"image": "ghcr.io/acme/worker:2.3.1", "deploy": {"resources": {"limits": {"cpus": "${CPU_LIMIT}", "memory": "${MEM_LIMIT:-256M}"}}}},
		"b": {"image": "ghcr.io/acme/worker:2.3.1", "deploy": {"__unknown__": "x"}},
		"c": {"image": "ghcr.io/acme/worker:2.3.1", "deploy": {"resources": "${RESOURCES}"}},
	})
	count(policy.deny) == 0 with input as docs.empty
}
