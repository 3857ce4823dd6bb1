package tollgate.dockerfile.chmod_world_writable_test

import rego.v1

import data.tollgate.dockerfile.chmod_world_writable as policy

stage(instructions) := {
	"index": 0, "name": "app", "address": "stage.app", "final": true,
	"base": {"raw": "debian:12", "image": "debian:12", "registry": "docker.io", "repository": "library/debian", "tag": "12", "digest": null, "stage": false, "scratch": false, "platform": null},
	"user": "app", "healthcheck": null, "instructions": array.concat([{"index": 0, "instruction": "FROM", "arguments": "debian:12", "line": 1}], instructions),
}

chmod(args) := {"index": 1, "instruction": "RUN", "arguments": "chmod …", "line": 2, "commands": [{"name": "chmod", "args": args}], "pipelines": [["chmod"]]}

doc(instructions) := {"kind": "dockerfile", "path": "Dockerfile", "resources": [], "stages": [stage(instructions)]}

reported(args) if count(policy.deny) == 1 with input as doc([chmod(args)])

not_reported(args) if count(policy.deny) == 0 with input as doc([chmod(args)])

test_chmod_777_fails if {
	findings := policy.deny with input as doc([chmod(["-R", "777", "/srv"])])
	count(findings) == 1
	some f in findings
	f.resource == "stage.app"
	f.path == ["instructions", 1]
}

test_world_writable_modes_fail if {
	reported(["666", "/srv/a"])
	reported(["0777", "/srv"])
	reported(["--recursive", "o+w", "/srv"])
	reported(["a+rwx", "/srv"])
	reported(["u+x,o=rw", "/srv"])
	reported(["\"777\"", "/srv"])
}

test_safe_modes_pass if {
	not_reported(["755", "/srv"])
	not_reported(["-R", "u=rwX,go=rX", "/srv"])
	not_reported(["+x", "/entrypoint.sh"])
	not_reported(["o-w", "/srv"])
	not_reported(["g+w", "/srv"])
}

test_sticky_tmp_passes if {
	not_reported(["1777", "/tmp"])
	reported(["0777", "/tmp"])
}

test_sudo_chmod_fails if {
	count(policy.deny) == 1 with input as doc([{"index": 1, "instruction": "RUN", "arguments": "sudo chmod 777 /x", "line": 2, "commands": [{"name": "sudo", "args": ["chmod", "777", "/x"]}], "pipelines": [["sudo"]]}])
}
