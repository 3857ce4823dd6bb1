package tollgate.dockerfile.container_root_user_test

import rego.v1

import data.tollgate.dockerfile.container_root_user as policy

base(image, tag) := {"raw": image, "image": image, "registry": "docker.io", "repository": sprintf("library/%s", [image]), "tag": tag, "digest": null, "stage": false, "scratch": false, "platform": null}

stage_base(name) := {"raw": name, "image": name, "registry": null, "repository": null, "tag": null, "digest": null, "stage": true, "scratch": false, "platform": null}

stage(index, name, final, b, user, instructions) := {
	"index": index, "name": name, "address": sprintf("stage.%s", [name]), "final": final,
	"base": b, "user": user, "healthcheck": null, "instructions": instructions,
}

from := {"index": 0, "instruction": "FROM", "arguments": "debian:12", "line": 1}

user_ins(i, u) := {"index": i, "instruction": "USER", "arguments": u, "line": i + 1, "user": u}

doc(stages) := {"kind": "dockerfile", "path": "Dockerfile", "resources": [], "stages": stages}

test_no_user_fails if {
	findings := policy.deny with input as doc([stage(0, "app", true, base("debian", "12"), null, [from])])
	count(findings) == 1
	some f in findings
	f.resource == "stage.app"
	f.path == ["base"]
}

test_user_root_fails if {
	findings := policy.deny with input as doc([stage(0, "app", true, base("debian", "12"), "0:0", [from, user_ins(1, "app"), user_ins(2, "0:0")])])
	count(findings) == 1
	some f in findings
	f.path == ["instructions", 2]
}

test_root_group_form_fails if {
	count(policy.deny) == 1 with input as doc([stage(0, "app", true, base("debian", "12"), "root:staff", [from, user_ins(1, "root:staff")])])
}

test_scratch_without_user_fails if {
	scratch := object.union(base("scratch", null), {"scratch": true})
	count(policy.deny) == 1 with input as doc([stage(0, "0", true, scratch, null, [from])])
}

test_non_root_user_passes if {
	count(policy.deny) == 0 with input as doc([stage(0, "app", true, base("debian", "12"), "10001:10001", [from, user_ins(1, "10001:10001")])])
}

test_only_final_stage_checked if {
	count(policy.deny) == 0 with input as doc([
		stage(0, "builder", false, base("golang", "1.22"), null, [from]),
		stage(1, "app", true, base("debian", "12"), "app", [from, user_ins(1, "app")]),
	])
}

test_user_inherited_from_earlier_stage_passes if {
	count(policy.deny) == 0 with input as doc([
		stage(0, "base", false, base("node", "20"), "node", [from, user_ins(1, "node")]),
		stage(1, "app", true, stage_base("base"), null, [from]),
	])
}

test_root_inherited_from_earlier_stage_fails if {
	findings := policy.deny with input as doc([
		stage(0, "base", false, base("node", "20"), "root", [from, user_ins(1, "root")]),
		stage(1, "app", true, stage_base("base"), null, [from]),
	])
	count(findings) == 1
	some f in findings
	f.resource == "stage.app"
	f.path == ["base"]
}

test_distroless_nonroot_passes if {
	b := object.union(base("distroless/static-debian12", "nonroot"), {"registry": "gcr.io"})
	count(policy.deny) == 0 with input as doc([stage(0, "app", true, b, null, [from])])
}

test_missing_stages_not_an_error if {
	count(policy.deny) == 0 with input as {"kind": "dockerfile", "path": "", "resources": []}
	count(policy.deny) == 0 with input as {"kind": "dockerfile", "path": "", "resources": [], "stages": null}
}
