package tollgate.kubernetes.resource_limits_test

import rego.v1

import data.tollgate.kubernetes.documents_test as docs
import data.tollgate.kubernetes.resource_limits as policy

limits := {"limits": {"cpu": "500m", "memory": "256Mi"}}

test_no_resources_fails if {
	findings := policy.deny with input as docs.workload("CronJob", {"containers": [{"name": "report", "image": "acme/report:1.0"}]})
	count(findings) == 1
	some f in findings
	f.resource == "CronJob/prod/web"
	f.path == ["spec", "jobTemplate", "spec", "template", "spec", "containers", 0, "resources", "limits"]
	contains(f.message, "CPU or memory")
}

test_missing_memory_limit_fails if {
	findings := policy.deny with input as docs.workload("Deployment", {"containers": [
		{"name": "app", "image": "nginx:1.25", "resources": {"requests": {"memory": "128Mi"}, "limits": {"cpu": "1"}}},
		{"name": "log", "image": "fluent/fluent-bit:3.0", "resources": limits},
	]})
	count(findings) == 1
	some f in findings
	contains(f.message, "no memory limit")
	f.path == ["spec", "template", "spec", "containers", 0, "resources", "limits"]
}

test_init_container_without_limits_fails if {
	count(policy.deny) == 1 with input as docs.workload("StatefulSet", {
		"initContainers": [{"name": "init", "image": "busybox:1.36", "resources": {"limits": {"memory": "64Mi"}}}],
		"containers": [{"name": "db", "image": "postgres:16.2", "resources": limits}],
	})
}

test_limits_pass if {
	count(policy.deny) == 0 with input as docs.workload("Pod", {"containers": [
		{"name": "app", "image": "nginx:1.25", "resources": limits},
		{"name": "log", "image": "fluent/fluent-bit:3.0", "resources": {"limits": {"cpu": 1, "memory": {"__unknown__": "values.memory"}}}},
	]})
}

test_ephemeral_containers_are_not_checked if {
	count(policy.deny) == 0 with input as docs.workload("Pod", {
		"containers": [{"name": "app", "image": "nginx:1.25", "resources": limits}],
		"ephemeralContainers": [{"name": "debugger", "image": "busybox:1.36"}],
	})
}

test_odd_resources_fail_without_error if {
	count(policy.deny) == 2 with input as docs.workload("Deployment", {"containers": [
		{"name": "a", "image": "nginx:1.25", "resources": null},
		{"name": "b", "image": "nginx:1.25", "resources": {"limits": "1 cpu"}},
	]})
}

test_empty_document_passes if {
	count(policy.deny) == 0 with input as docs.empty
}
