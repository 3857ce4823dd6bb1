package tollgate.compose.image_pinned_test

import rego.v1

import data.tollgate.compose.documents_test as docs
import data.tollgate.compose.image_pinned as policy

test_untagged_image_fails if {
	findings := policy.deny with input as docs.compose({
		"cache": {"image": "redis"},
		"db": {"image": "postgres:16.2"},
	})
	count(findings) == 1
	some f in findings
	f.resource == "services.cache"
	f.path == ["image"]
	contains(f.message, "redis")
}

test_latest_tag_fails if {
	findings := policy.deny with input as docs.compose({"web": {"image": "ghcr.io/acme/web:latest"}})
	count(findings) == 1
	some f in findings
	contains(f.message, "latest")
}

test_version_or_digest_passes if {
	count(policy.deny) == 0 with input as docs.compose({
		"a": {"image": "postgres:16.2-alpine"},
		"b": {"image": "redis@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31"},
		"c": {"image": "nginx:latest@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31"},
	})
}

test_build_only_service_passes if {
	count(policy.deny) == 0 with input as docs.compose({"api": {"build": {"context": ".", "dockerfile": "Dockerfile"}}})
}

test_interpolated_image_is_not_reported if {
	count(policy.deny) == 0 with input as docs.compose({
		"a": {"image": "${REGISTRY}/acme/app"},
		"b": {"image": "acme/app:${TAG:-latest}"},
	})
}

test_odd_image_refs_pass if {
	count(policy.deny) == 0 with input as {"kind": "compose", "path": "docker-compose.yml", "resources": [], "services": [
		{"name": "a", "address": "services.a", "image_ref": "nginx", "environment": {}, "volumes": []},
		{"name": "b", "address": "services.b", "image_ref": {"__unknown__": "image"}, "environment": {}, "volumes": []},
	]}
}

test_empty_document_passes if {
	count(policy.deny) == 0 with input as docs.empty
}
