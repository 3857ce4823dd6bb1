package tollgate.dockerfile.container_healthcheck_test

import rego.v1

import data.tollgate.dockerfile.container_healthcheck as policy

base := {"raw": "debian:12", "image": "debian:12", "registry": "docker.io", "repository": "library/debian", "tag": "12", "digest": null, "stage": false, "scratch": false, "platform": null}

stage(index, name, final, b, hc, instructions) := {
	"index": index, "name": name, "address": sprintf("stage.%s", [name]), "final": final,
	"base": b, "user": "app", "healthcheck": hc, "instructions": instructions,
}

from := {"index": 0, "instruction": "FROM", "arguments": "debian:12", "line": 1}

check := {"index": 1, "instruction": "HEALTHCHECK", "arguments": "CMD curl -f http://localhost/", "line": 2, "none": false}

check_none := {"index": 1, "instruction": "HEALTHCHECK", "arguments": "NONE", "line": 2, "none": true}

doc(stages) := {"kind": "dockerfile", "path": "Dockerfile", "resources": [], "stages": stages}

test_no_healthcheck_fails if {
	findings := policy.deny with input as doc([stage(0, "app", true, base, null, [from])])
	count(findings) == 1
	some f in findings
	f.resource == "stage.app"
	f.path == ["base"]
}

test_healthcheck_none_fails if {
	findings := policy.deny with input as doc([stage(0, "app", true, base, check_none, [from, check_none])])
	count(findings) == 1
	some f in findings
	f.path == ["instructions", 1]
}

test_healthcheck_passes if {
	count(policy.deny) == 0 with input as doc([stage(0, "app", true, base, check, [from, check])])
}

test_builder_without_healthcheck_passes if {
	count(policy.deny) == 0 with input as doc([
		stage(0, "builder", false, base, null, [from]),
		stage(1, "app", true, base, check, [from, check]),
	])
}

test_healthcheck_inherited_from_earlier_stage_passes if {
	count(policy.deny) == 0 with input as doc([
		stage(0, "base", false, base, check, [from, check]),
		stage(1, "app", true, object.union(base, {"image": "BASE", "stage": true}), null, [from]),
	])
}
