package tollgate.dockerfile.sudo_in_run_test

import rego.v1

import data.tollgate.dockerfile.sudo_in_run as policy

stage(instructions) := {
	"index": 0, "name": "app", "address": "stage.app", "final": true,
	"base": {"raw": "debian:12", "image": "debian:12", "registry": "docker.io", "repository": "library/debian", "tag": "12", "digest": null, "stage": false, "scratch": false, "platform": null},
	"user": "app", "healthcheck": null, "instructions": array.concat([{"index": 0, "instruction": "FROM", "arguments": "debian:12", "line": 1}], instructions),
}

run(commands) := {"index": 1, "instruction": "RUN", "arguments": "…", "line": 2, "commands": commands, "pipelines": [[c.name | some c in commands]]}

doc(instructions) := {"kind": "dockerfile", "path": "Dockerfile", "resources": [], "stages": [stage(instructions)]}

test_sudo_fails if {
	findings := policy.deny with input as doc([run([{"name": "sudo", "args": ["-u", "app", "make", "install"]}])])
	count(findings) == 1
	some f in findings
	f.resource == "stage.app"
	f.path == ["instructions", 1]
}

test_sudo_by_path_fails if {
	count(policy.deny) == 1 with input as doc([run([{"name": "mkdir", "args": ["-p", "/a"]}, {"name": "/usr/bin/sudo", "args": ["chown", "app", "/a"]}])])
}

test_no_sudo_passes if {
	count(policy.deny) == 0 with input as doc([run([{"name": "apt-get", "args": ["install", "-y", "sudo"]}, {"name": "echo", "args": ["sudo"]}])])
}

test_malformed_commands_not_an_error if {
	count(policy.deny) == 0 with input as doc([{"index": 1, "instruction": "RUN", "arguments": "x", "line": 2, "commands": null, "pipelines": null}])
}
