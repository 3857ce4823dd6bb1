package tollgate.dockerfile.package_cache_test

import rego.v1

import data.tollgate.dockerfile.package_cache as policy

stage(instructions) := {
	"index": 0, "name": "app", "address": "stage.app", "final": true,
	"base": {"raw": "debian:12", "image": "debian:12", "registry": "docker.io", "repository": "library/debian", "tag": "12", "digest": null, "stage": false, "scratch": false, "platform": null},
	"user": "app", "healthcheck": null, "instructions": array.concat([{"index": 0, "instruction": "FROM", "arguments": "debian:12", "line": 1}], instructions),
}

run(script, commands) := {"index": 1, "instruction": "RUN", "arguments": script, "line": 2, "commands": commands, "pipelines": [[c.name] | some c in commands]}

doc(instructions) := {"kind": "dockerfile", "path": "Dockerfile", "resources": [], "stages": [stage(instructions)]}

apt_install := [{"name": "apt-get", "args": ["update"]}, {"name": "apt-get", "args": ["install", "-y", "--no-install-recommends", "curl"]}]

test_apt_without_cleanup_fails if {
	findings := policy.deny with input as doc([run("apt-get update && apt-get install -y --no-install-recommends curl", apt_install)])
	count(findings) == 1
	some f in findings
	f.resource == "stage.app"
	f.path == ["instructions", 1]
}

test_apk_and_dnf_without_cleanup_fail if {
	count(policy.deny) == 1 with input as doc([run("apk add --update curl", [{"name": "apk", "args": ["add", "--update", "curl"]}])])
	count(policy.deny) == 1 with input as doc([run("dnf install -y curl", [{"name": "dnf", "args": ["install", "-y", "curl"]}])])
}

test_cleanup_in_same_run_passes if {
	count(policy.deny) == 0 with input as doc([
		run("…", array.concat(apt_install, [{"name": "rm", "args": ["-rf", "/var/lib/apt/lists/*"]}])),
		run("apk add --no-cache curl", [{"name": "apk", "args": ["add", "--no-cache", "curl"]}]),
		run("yum install -y curl && yum clean all", [{"name": "yum", "args": ["install", "-y", "curl"]}, {"name": "yum", "args": ["clean", "all"]}]),
	])
}

test_cleanup_in_later_run_still_fails if {
	count(policy.deny) == 1 with input as doc([
		run("apt-get update && apt-get install -y --no-install-recommends curl", apt_install),
		object.union(run("rm -rf /var/lib/apt/lists/*", [{"name": "rm", "args": ["-rf", "/var/lib/apt/lists/*"]}]), {"index": 2, "line": 3}),
	])
}

test_cache_mount_passes if {
	count(policy.deny) == 0 with input as doc([run(
		"--mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && apt-get install -y --no-install-recommends curl",
		apt_install,
	)])
	count(policy.deny) == 0 with input as doc([object.union(
		run("apk add curl", [{"name": "apk", "args": ["add", "curl"]}]),
		{"flags": {"mount": ["type=cache,target=/var/cache/apk"]}},
	)])
}
