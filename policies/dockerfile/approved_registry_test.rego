package tollgate.dockerfile.approved_registry_test

import rego.v1

import data.tollgate.dockerfile.approved_registry as policy

organization := {"approved_registries": ["docker.io", "ghcr.io/acme", "gcr.io"], "approved_base_images": []}

base(image, registry, repository, tag) := {
	"raw": image, "image": image, "registry": registry, "repository": repository, "tag": tag,
	"digest": null, "stage": false, "scratch": false, "platform": null,
}

stage(index, name, b) := {
	"index": index, "name": name, "address": sprintf("stage.%s", [name]), "final": false, "base": b,
	"user": null, "healthcheck": null,
	"instructions": [{"index": 0, "instruction": "FROM", "arguments": b.raw, "line": 1}],
}

doc(stages) := {"kind": "dockerfile", "path": "Dockerfile", "resources": [], "stages": stages}

test_unapproved_registry_fails if {
	findings := policy.deny with input as doc([
		stage(0, "builder", base("registry.example.com/build/golang:1.22", "registry.example.com", "build/golang", "1.22")),
		stage(1, "app", base("gcr.io/distroless/static:nonroot", "gcr.io", "distroless/static", "nonroot")),
	])
		with data.tollgate.organization as organization
	count(findings) == 1
	some f in findings
	f.resource == "stage.builder"
	f.path == ["base"]
	contains(f.message, "registry.example.com")
}

test_unapproved_base_image_fails if {
	findings := policy.deny with input as doc([
		stage(0, "builder", base("golang:1.22", "docker.io", "library/golang", "1.22")),
		stage(1, "app", base("ubuntu:24.04", "docker.io", "library/ubuntu", "24.04")),
	])
		with data.tollgate.organization as object.union(organization, {"approved_base_images": ["golang", "gcr.io/distroless/static"]})
	count(findings) == 1
	some f in findings
	f.resource == "stage.app"
	contains(f.message, "not an approved base image")
}

# One finding per stage: an image from an unapproved registry is not also reported as an unapproved base image.
test_unapproved_registry_reported_once if {
	count(policy.deny) == 1 with input as doc([stage(0, "app", base("quay.io/acme/app:1.0", "quay.io", "acme/app", "1.0"))])
		with data.tollgate.organization as object.union(organization, {"approved_base_images": ["library/alpine"]})
}

test_approved_images_pass if {
	count(policy.deny) == 0 with input as doc([
		stage(0, "a", base("alpine:3.19", "docker.io", "library/alpine", "3.19")),
		stage(1, "b", base("ghcr.io/acme/base/python:3.12", "ghcr.io", "acme/base/python", "3.12")),
		stage(2, "c", base("index.docker.io/library/debian:12", "index.docker.io", "library/debian", "12")),
	])
		with data.tollgate.organization as object.union(organization, {"approved_base_images": ["library/alpine", "ghcr.io/acme/base/python", "debian:12"]})
}

test_empty_lists_allow_any if {
	count(policy.deny) == 0 with input as doc([stage(0, "app", base("quay.io/acme/app:1.0", "quay.io", "acme/app", "1.0"))])
		with data.tollgate.organization as {"approved_registries": [], "approved_base_images": []}
	count(policy.deny) == 0 with input as doc([stage(0, "app", base("quay.io/acme/app:1.0", "quay.io", "acme/app", "1.0"))])
		with data.tollgate.organization as {}
}

test_stages_scratch_and_arguments_pass if {
	count(policy.deny) == 0 with input as doc([
		stage(0, "a", {"raw": "builder", "image": "builder", "registry": null, "repository": null, "tag": null, "digest": null, "stage": true, "scratch": false, "platform": null}),
		stage(1, "b", {"raw": "scratch", "image": "scratch", "registry": null, "repository": null, "tag": null, "digest": null, "stage": false, "scratch": true, "platform": null}),
		stage(2, "c", {"raw": "${BASE}", "image": "${BASE}", "registry": null, "repository": null, "tag": null, "digest": null, "stage": false, "scratch": false, "platform": null}),
	])
		with data.tollgate.organization as object.union(organization, {"approved_base_images": ["library/alpine"]})
	count(policy.deny) == 0 with input as {"kind": "dockerfile", "path": "", "resources": []}
		with data.tollgate.organization as organization
}
