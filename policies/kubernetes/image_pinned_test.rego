package tollgate.kubernetes.image_pinned_test

import rego.v1

import data.tollgate.kubernetes.image_pinned as policy
import data.tollgate.kubernetes.documents_test as docs

test_untagged_image_fails if {
	findings := policy.deny with input as docs.workload("Deployment", {"containers": [{"name": "app", "image": "nginx"}]})
	count(findings) == 1
	some f in findings
	f.resource == "Deployment/prod/web"
	f.path == ["spec", "template", "spec", "containers", 0, "image"]
	contains(f.message, "nginx")
}

test_latest_tag_fails if {
	findings := policy.deny with input as docs.workload("CronJob", {
		"initContainers": [{"name": "migrate", "image": "ghcr.io/acme/migrate:latest"}],
		"containers": [{"name": "app", "image": "ghcr.io/acme/app:2.3.1"}],
	})
	count(findings) == 1
	some f in findings
	f.path == ["spec", "jobTemplate", "spec", "template", "spec", "initContainers", 0, "image"]
	contains(f.message, "latest")
}

test_registry_with_port_and_no_tag_fails if {
	count(policy.deny) == 1 with input as docs.workload("Pod", {"containers": [{"name": "app", "image": "registry.local:5000/team/app"}]})
}

test_version_tag_passes if {
	count(policy.deny) == 0 with input as docs.workload("StatefulSet", {"containers": [
		{"name": "db", "image": "postgres:16.2"},
		{"name": "exporter", "image": "quay.io/prometheuscommunity/postgres-exporter:v0.15.0"},
	]})
}

test_digest_passes_even_with_latest if {
	count(policy.deny) == 0 with input as docs.workload("Deployment", {"containers": [
		{"name": "app", "image": "nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31"},
		{"name": "proxy", "image": "envoyproxy/envoy:latest@sha256:3f2c4e5d6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d"},
	]})
}

test_container_without_image_passes if {
	count(policy.deny) == 0 with input as docs.workload("Deployment", {"containers": [{"name": "app"}]})
}

test_odd_image_refs_pass if {
	count(policy.deny) == 0 with input as object.union(docs.workload("Deployment", {"containers": []}), {"containers": [
		{"name": "a", "init": false, "path": ["spec", "template", "spec", "containers", 0], "image": {"__unknown__": "values.image"}, "image_ref": null, "spec": {}},
		{"name": "b", "init": false, "path": ["spec", "template", "spec", "containers", 1], "image": "x", "image_ref": "x", "spec": {}},
		{"name": "c", "init": false, "path": ["spec", "template", "spec", "containers", 2], "image": "x", "image_ref": {"__unknown__": "values.image"}, "spec": {}},
	]})
}

test_empty_document_passes if {
	count(policy.deny) == 0 with input as docs.empty
}
