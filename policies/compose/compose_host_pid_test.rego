package tollgate.compose.compose_host_pid_test

import rego.v1

import data.tollgate.compose.compose_host_pid as policy
import data.tollgate.compose.documents_test as docs

test_host_pid_fails if {
	findings := policy.deny with input as docs.compose({
		"monitor": {"image": "ghcr.io/acme/monitor:2.0", "pid": "host"},
		"web": {"image": "nginx:1.25"},
	})
	count(findings) == 1
	some f in findings
	f.resource == "services.monitor"
	f.path == ["pid"]
	contains(f.message, "PID")
}

test_host_pid_and_ipc_fail if {
	count(policy.deny) == 2 with input as docs.compose({"monitor": {"image": "ghcr.io/acme/monitor:2.0", "pid": "host", "ipc": "HOST"}})
}

# Sharing with another service or container stays off the host.
test_service_namespaces_pass if {
	count(policy.deny) == 0 with input as docs.compose({
		"app": {"image": "ghcr.io/acme/app:1.4.2", "ipc": "shareable"},
		"profiler": {"image": "ghcr.io/acme/profiler:0.9.1", "pid": "service:app", "ipc": "service:app"},
		"debug": {"image": "busybox:1.36", "pid": "container:app_1"},
	})
}

test_unknown_values_pass if {
	count(policy.deny) == 0 with input as docs.compose({"app": {"image": "ghcr.io/acme/app:1.4.2", "pid": "${PID_MODE}", "ipc": {"__unknown__": "x"}}})
	count(policy.deny) == 0 with input as docs.empty
}
