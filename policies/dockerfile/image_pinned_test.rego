package tollgate.dockerfile.image_pinned_test

import rego.v1

import data.tollgate.dockerfile.image_pinned as policy

base(image, tag, digest) := {"raw": image, "image": image, "registry": "docker.io", "repository": "library/x", "tag": tag, "digest": digest, "stage": false, "scratch": false, "platform": null}

stage(index, name, final, b) := {
	"index": index, "name": name, "address": sprintf("stage.%s", [name]), "final": final,
	"base": b, "user": "app", "healthcheck": null,
	"instructions": [{"index": 0, "instruction": "FROM", "arguments": b.raw, "line": 1}],
}

doc(stages) := {"kind": "dockerfile", "path": "Dockerfile", "resources": [], "stages": stages}

test_untagged_base_fails if {
	findings := policy.deny with input as doc([stage(0, "app", true, base("nginx", null, null))])
	count(findings) == 1
	some f in findings
	f.resource == "stage.app"
	f.path == ["base"]
}

test_latest_in_builder_stage_fails if {
	findings := policy.deny with input as doc([
		stage(0, "builder", false, base("golang:latest", "latest", null)),
		stage(1, "app", true, base("alpine:3.20", "3.20", null)),
	])
	count(findings) == 1
	some f in findings
	f.resource == "stage.builder"
}

test_platform_argument_does_not_hide_unpinned_base if {
	b := object.union(base("golang", null, null), {"raw": "--platform=$BUILDPLATFORM golang AS builder", "platform": "$BUILDPLATFORM"})
	count(policy.deny) == 1 with input as doc([stage(0, "builder", true, b)])
}

test_versioned_and_digest_bases_pass if {
	count(policy.deny) == 0 with input as doc([
		stage(0, "builder", false, base("golang:1.22", "1.22", null)),
		stage(1, "tools", false, base("alpine@sha256:abc", null, "sha256:abc")),
		stage(2, "app", true, base("nginx:latest@sha256:abc", "latest", "sha256:abc")),
	])
}

test_stage_scratch_and_arg_bases_not_reported if {
	count(policy.deny) == 0 with input as doc([
		stage(0, "builder", false, base("${BASE}", null, null)),
		stage(1, "mid", false, object.union(base("builder", null, null), {"stage": true})),
		stage(2, "app", true, object.union(base("scratch", null, null), {"scratch": true})),
	])
}
