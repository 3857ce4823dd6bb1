package tollgate.kubernetes.resource_requests_test

import rego.v1

import data.tollgate.kubernetes.documents_test as docs
import data.tollgate.kubernetes.resource_requests as policy

test_no_resources_fails if {
	findings := policy.deny with input as docs.workload("Deployment", {"containers": [{"name": "app", "image": "ghcr.io/acme/app:1.4.2"}]})
	count(findings) == 1
	some f in findings
	f.resource == "Deployment/prod/web"
	f.path == ["spec", "template", "spec", "containers", 0, "resources", "requests"]
	contains(f.message, "CPU or memory")
}

test_missing_memory_request_fails if {
	findings := policy.deny with input as docs.workload("CronJob", {
		"initContainers": [{"name": "setup", "image": "busybox:1.36", "resources": {"requests": {"cpu": "10m", "memory": "16Mi"}}}],
		"containers": [{"name": "report", "image": "ghcr.io/acme/report:1.0", "resources": {"requests": {"cpu": "100m"}}}],
	})
	count(findings) == 1
	some f in findings
	contains(f.message, "no memory")
	f.path == ["spec", "jobTemplate", "spec", "template", "spec", "containers", 0, "resources", "requests"]
}

# Kubernetes sets a missing request to the limit.
test_limits_without_requests_pass if {
	count(policy.deny) == 0 with input as docs.workload("Deployment", {"containers": [
		{"name": "app", "image": "ghcr.io/acme/app:1.4.2", "resources": {"limits": {"cpu": "500m", "memory": "256Mi"}}},
		{"name": "log", "image": "fluent/fluent-bit:3.0.4", "resources": {"requests": {"cpu": "50m"}, "limits": {"memory": "64Mi"}}},
	]})
}

test_ephemeral_and_unknown_pass if {
	count(policy.deny) == 0 with input as docs.workload("Pod", {
		"containers": [{"name": "app", "image": "ghcr.io/acme/app:1.4.2", "resources": {"__unknown__": "values.resources"}}],
		"ephemeralContainers": [{"name": "debug", "image": "busybox:1.36"}],
	})
	count(policy.deny) == 0 with input as docs.workload("Pod", {"containers": [{"name": "app", "image": "ghcr.io/acme/app:1.4.2", "resources": {"requests": {"__unknown__": "values.requests"}}}]})
}

test_objects_without_pods_pass if {
	count(policy.deny) == 0 with input as docs.object("Service", "web", {"spec": {}})
	count(policy.deny) == 0 with input as docs.empty
}
