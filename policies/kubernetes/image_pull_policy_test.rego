package tollgate.kubernetes.image_pull_policy_test

import rego.v1

import data.tollgate.kubernetes.documents_test as docs
import data.tollgate.kubernetes.image_pull_policy as policy

test_latest_if_not_present_fails if {
	findings := policy.deny with input as docs.workload("Deployment", {"containers": [
		{"name": "app", "image": "ghcr.io/acme/app:latest", "imagePullPolicy": "IfNotPresent"},
		{"name": "proxy", "image": "envoyproxy/envoy:v1.30.1", "imagePullPolicy": "IfNotPresent"},
	]})
	count(findings) == 1
	some f in findings
	f.resource == "Deployment/prod/web"
	f.path == ["spec", "template", "spec", "containers", 0, "imagePullPolicy"]
	contains(f.message, "ghcr.io/acme/app:latest")
}

test_untagged_never_fails if {
	count(policy.deny) == 1 with input as docs.workload("Pod", {"initContainers": [{"name": "setup", "image": "busybox", "imagePullPolicy": "Never"}], "containers": [{"name": "app", "image": "ghcr.io/acme/app:1.4.2"}]})
}

# Without imagePullPolicy Kubernetes pulls latest and untagged images every time.
test_default_policy_passes if {
	count(policy.deny) == 0 with input as docs.workload("Deployment", {"containers": [
		{"name": "app", "image": "ghcr.io/acme/app:latest"},
		{"name": "tools", "image": "busybox", "imagePullPolicy": "Always"},
	]})
}

test_pinned_images_pass if {
	count(policy.deny) == 0 with input as docs.workload("Deployment", {"containers": [
		{"name": "app", "image": "ghcr.io/acme/app:1.4.2", "imagePullPolicy": "IfNotPresent"},
		{"name": "proxy", "image": "envoyproxy/envoy@sha256:4f6a8a3b8e3d1ac1f5f6f3e2d2a0b9c1e5d7f8a9b0c1d2e3f4a5b6c7d8e9f0a1", "imagePullPolicy": "Never"},
	]})
}

test_unknown_policy_passes if {
	count(policy.deny) == 0 with input as docs.workload("Deployment", {"containers": [{"name": "app", "image": "ghcr.io/acme/app:latest", "imagePullPolicy": {"__unknown__": "values.pullPolicy"}}]})
	count(policy.deny) == 0 with input as docs.workload("Deployment", {"containers": [{"name": "app", "imagePullPolicy": "IfNotPresent"}]})
	count(policy.deny) == 0 with input as docs.empty
}
