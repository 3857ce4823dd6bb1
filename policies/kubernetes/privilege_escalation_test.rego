package tollgate.kubernetes.privilege_escalation_test

import rego.v1

import data.tollgate.kubernetes.documents_test as docs
import data.tollgate.kubernetes.privilege_escalation as policy

test_missing_setting_fails if {
	findings := policy.deny with input as docs.workload("Job", {"containers": [
		{"name": "app", "image": "acme/job:1.0"},
		{"name": "sidecar", "image": "acme/proxy:1.0", "securityContext": {"allowPrivilegeEscalation": false}},
	]})
	count(findings) == 1
	some f in findings
	f.resource == "Job/prod/web"
	f.path == ["spec", "template", "spec", "containers", 0, "securityContext", "allowPrivilegeEscalation"]
}

test_allowed_escalation_fails if {
	count(policy.deny) == 1 with input as docs.workload("StatefulSet", {"containers": [{
		"name": "db",
		"image": "postgres:16.2",
		"securityContext": {"allowPrivilegeEscalation": true, "runAsNonRoot": true},
	}]})
}

test_null_security_context_fails if {
	count(policy.deny) == 1 with input as docs.workload("Pod", {"containers": [{"name": "app", "image": "nginx:1.25", "securityContext": null}]})
}

test_forbidden_escalation_passes if {
	count(policy.deny) == 0 with input as docs.workload("Deployment", {"containers": [
		{"name": "app", "image": "nginx:1.25", "securityContext": {"allowPrivilegeEscalation": false}},
		{"name": "log", "image": "fluent/fluent-bit:3.0", "securityContext": {"allowPrivilegeEscalation": false}},
	]})
}

test_init_containers_are_not_checked if {
	count(policy.deny) == 0 with input as docs.workload("CronJob", {
		"initContainers": [{"name": "setup", "image": "busybox:1.36"}],
		"containers": [{"name": "job", "image": "acme/job:1.0", "securityContext": {"allowPrivilegeEscalation": false}}],
	})
}

test_unknown_setting_passes if {
	count(policy.deny) == 0 with input as docs.workload("Deployment", {"containers": [{"name": "app", "image": "nginx:1.25", "securityContext": {"allowPrivilegeEscalation": {"__unknown__": "values.ape"}}}]})
}

test_empty_document_passes if {
	count(policy.deny) == 0 with input as docs.empty
}
