package tollgate.dockerfile.apt_no_recommends_test

import rego.v1

import data.tollgate.dockerfile.apt_no_recommends as policy

stage(instructions) := {
	"index": 0, "name": "app", "address": "stage.app", "final": true,
	"base": {"raw": "debian:12", "image": "debian:12", "registry": "docker.io", "repository": "library/debian", "tag": "12", "digest": null, "stage": false, "scratch": false, "platform": null},
	"user": "app", "healthcheck": null, "instructions": array.concat([{"index": 0, "instruction": "FROM", "arguments": "debian:12", "line": 1}], instructions),
}

run(i, script, commands) := {"index": i, "instruction": "RUN", "arguments": script, "line": i + 1, "commands": commands, "pipelines": [[c.name | some c in commands]]}

doc(instructions) := {"kind": "dockerfile", "path": "Dockerfile", "resources": [], "stages": [stage(instructions)]}

test_install_with_recommends_fails if {
	findings := policy.deny with input as doc([run(1, "apt-get update && apt-get install -y curl", [
		{"name": "apt-get", "args": ["update"]},
		{"name": "apt-get", "args": ["install", "-y", "curl"]},
	])])
	count(findings) == 1
	some f in findings
	f.resource == "stage.app"
	f.path == ["instructions", 1]
}

test_sudo_apt_install_fails if {
	count(policy.deny) == 1 with input as doc([run(1, "sudo apt-get install -y curl", [{"name": "sudo", "args": ["apt-get", "install", "-y", "curl"]}])])
}

test_no_install_recommends_passes if {
	count(policy.deny) == 0 with input as doc([run(1, "apt-get update && apt-get install -y --no-install-recommends curl", [
		{"name": "apt-get", "args": ["update"]},
		{"name": "apt-get", "args": ["install", "-y", "--no-install-recommends", "curl"]},
	])])
}

test_apt_option_and_config_pass if {
	count(policy.deny) == 0 with input as doc([
		run(1, "apt-get -o APT::Install-Recommends=false install -y curl", [{"name": "apt-get", "args": ["-o", "APT::Install-Recommends=false", "install", "-y", "curl"]}]),
		run(2, "echo 'APT::Install-Recommends \"0\";' > /etc/apt/apt.conf.d/99norecommends", [{"name": "echo", "args": ["'APT::Install-Recommends \"0\";'"]}]),
		run(3, "apt-get install -y git", [{"name": "apt-get", "args": ["install", "-y", "git"]}]),
	])
}

test_apt_get_without_install_passes if {
	count(policy.deny) == 0 with input as doc([run(1, "apt-get update", [{"name": "apt-get", "args": ["update"]}])])
}
