package tollgate.kubernetes.approved_registry_test

import rego.v1

import data.tollgate.kubernetes.approved_registry as policy
import data.tollgate.kubernetes.documents_test as docs

organization := {"approved_registries": ["docker.io", "ghcr.io/acme", "*.dkr.ecr.us-east-1.amazonaws.com"]}

test_unapproved_registry_fails if {
	findings := policy.deny with input as docs.workload("Deployment", {"containers": [
		{"name": "app", "image": "registry.example.com/team/app:1.4.2"},
		{"name": "proxy", "image": "envoyproxy/envoy:v1.30.1"},
	]})
		with data.tollgate.organization as organization
	count(findings) == 1
	some f in findings
	f.resource == "Deployment/prod/web"
	f.path == ["spec", "template", "spec", "containers", 0, "image"]
	contains(f.message, "registry.example.com")
}

test_path_prefix_is_checked if {
	count(policy.deny) == 2 with input as docs.workload("Pod", {
		"initContainers": [{"name": "setup", "image": "ghcr.io/acme-forks/setup:1.0"}],
		"containers": [{"name": "app", "image": "ghcr.io/other/app:2.0"}],
	})
		with data.tollgate.organization as organization
}

# Images without a registry, Docker Hub aliases, approved paths and wildcard hosts pass.
test_approved_images_pass if {
	count(policy.deny) == 0 with input as docs.workload("Deployment", {"containers": [
		{"name": "a", "image": "nginx:1.25"},
		{"name": "b", "image": "index.docker.io/library/redis:7.2"},
		{"name": "c", "image": "ghcr.io/acme/app:1.4.2"},
		{"name": "d", "image": "GHCR.io/acme/tools/cli:0.9"},
		{"name": "e", "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1.4.2"},
	]})
		with data.tollgate.organization as organization
}

test_empty_list_allows_any if {
	count(policy.deny) == 0 with input as docs.workload("Deployment", {"containers": [{"name": "app", "image": "registry.example.com/team/app:1.4.2"}]})
		with data.tollgate.organization as {"approved_registries": []}
	count(policy.deny) == 0 with input as docs.workload("Deployment", {"containers": [{"name": "app", "image": "registry.example.com/team/app:1.4.2"}]})
		with data.tollgate.organization as {}
}

test_templated_images_pass if {
	count(policy.deny) == 0 with input as docs.workload("Deployment", {"containers": [
		{"name": "app", "image": "${REGISTRY}/team/app:1.4.2"},
		{"name": "b"},
	]})
		with data.tollgate.organization as organization
	count(policy.deny) == 0 with input as docs.empty with data.tollgate.organization as organization
}
