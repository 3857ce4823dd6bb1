package tollgate.image.approved_registry_test

import rego.v1

import data.tollgate.image.approved_registry as policy
import data.tollgate.image.documents_test as docs

org(registries, bases) := {"approved_registries": registries, "approved_base_images": bases}

test_image_from_unapproved_registry_fails if {
	findings := policy.deny with input as docs.image({
		"reference": "registry.example.com/team/app:2.0",
		"reference_ref": {"registry": "registry.example.com", "repository": "team/app", "tag": "2.0", "digest": null},
	})
		with data.tollgate.organization as docs.organization
	count(findings) == 1
	some f in findings
	f.resource == "image"
	f.path == ["reference"]
	contains(f.message, "registry.example.com")
}

test_base_from_unapproved_registry_fails if {
	findings := policy.deny with input as docs.image({"base": {
		"name": "mirror.internal:5000/debian:13-slim",
		"registry": "mirror.internal:5000",
		"repository": "debian",
		"tag": "13-slim",
	}})
		with data.tollgate.organization as docs.organization
	count(findings) == 1
	some f in findings
	f.path == ["base", "name"]
	contains(f.message, "mirror.internal:5000/debian:13-slim")
}

test_base_not_in_approved_base_images_fails if {
	findings := policy.deny with input as docs.image({})
		with data.tollgate.organization as org(["docker.io", "ghcr.io"], ["library/alpine", "gcr.io/distroless/static"])
	count(findings) == 1
	some f in findings
	f.path == ["base", "name"]
	contains(f.message, "not an approved base image")
}

test_approved_registries_and_bases_pass if {
	count(policy.deny) == 0 with input as docs.image({}) with data.tollgate.organization as docs.organization
	count(policy.deny) == 0 with input as docs.image({}) with data.tollgate.organization as org(["ghcr.io/acme", "index.docker.io"], [])
	count(policy.deny) == 0 with input as docs.image({}) with data.tollgate.organization as org(["docker.io", "ghcr.io"], ["debian"])
	count(policy.deny) == 0 with input as docs.image({}) with data.tollgate.organization as org(["docker.io", "ghcr.io"], ["docker.io/library/debian:13-slim"])
	count(policy.deny) == 0 with input as docs.image({
		"reference_ref": {"registry": "123456789012.dkr.ecr.eu-west-1.amazonaws.com", "repository": "app", "tag": "1", "digest": null},
	})
		with data.tollgate.organization as org(["*.dkr.ecr.eu-west-1.amazonaws.com", "docker.io"], [])
}

test_empty_lists_allow_any if {
	count(policy.deny) == 0 with input as docs.image({
		"reference_ref": {"registry": "registry.example.com", "repository": "team/app", "tag": "2.0", "digest": null},
		"base": {"name": "registry.example.com/base:1", "registry": "registry.example.com", "repository": "base", "tag": "1", "digest": null},
	})
		with data.tollgate.organization as org([], [])
}

test_path_prefix_does_not_match_a_longer_name if {
	count(policy.deny) == 1 with input as docs.image({})
		with data.tollgate.organization as org(["ghcr.io/acm", "docker.io"], [])
}

test_unknown_base_and_reference_are_not_judged if {
	count(policy.deny) == 0 with input as docs.image({"base": null, "reference_ref": null})
		with data.tollgate.organization as org(["quay.io"], ["library/alpine"])
	count(policy.deny) == 0 with input as docs.empty with data.tollgate.organization as docs.organization
}

test_local_references_are_not_registries if {
	count(policy.deny) == 0 with input as docs.image({
		"reference": "oci:build/layout:1.4.2",
		"reference_ref": {"registry": "oci:build", "repository": "layout", "tag": "1.4.2", "digest": null},
	})
		with data.tollgate.organization as docs.organization
	count(policy.deny) == 1 with input as docs.image({
		"reference_ref": {"registry": "localhost:5000", "repository": "acme/app", "tag": "1.4.2", "digest": null},
	})
		with data.tollgate.organization as docs.organization
}
