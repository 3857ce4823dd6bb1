package tollgate.dockerfile.apt_upgrade_test

import rego.v1

import data.tollgate.dockerfile.apt_upgrade as policy

run(index, commands) := {"index": index, "instruction": "RUN", "arguments": "…", "line": index + 1, "commands": commands, "pipelines": []}

cmd(name, args) := {"name": name, "args": args}

doc(instructions) := {"kind": "dockerfile", "path": "Dockerfile", "resources": [], "stages": [{
	"index": 0, "name": "app", "address": "stage.app", "final": true,
	"base": {"raw": "debian:12", "image": "debian:12", "registry": "docker.io", "repository": "library/debian", "tag": "12", "digest": null, "stage": false, "scratch": false, "platform": null},
	"user": null, "healthcheck": null,
	"instructions": array.concat([{"index": 0, "instruction": "FROM", "arguments": "debian:12", "line": 1}], instructions),
}]}

test_apt_get_upgrade_fails if {
	findings := policy.deny with input as doc([run(1, [
		cmd("apt-get", ["update"]),
		cmd("apt-get", ["-o", "Dpkg::Options::=--force-confold", "-y", "dist-upgrade"]),
		cmd("rm", ["-rf", "/var/lib/apt/lists/*"]),
	])])
	count(findings) == 1
	some f in findings
	f.resource == "stage.app"
	f.path == ["instructions", 1]
	contains(f.message, "apt-get dist-upgrade")
}

test_other_package_managers_fail if {
	count(policy.deny) == 4 with input as doc([
		run(1, [cmd("apk", ["upgrade", "--no-cache"])]),
		run(2, [cmd("yum", ["-y", "update"])]),
		run(3, [cmd("/usr/bin/dnf", ["--setopt=install_weak_deps=False", "upgrade", "-y"])]),
		run(4, [cmd("sudo", ["-E", "zypper", "--non-interactive", "up"])]),
	])
}

# Refreshing the index and upgrading named packages are targeted, not a distribution upgrade.
test_named_packages_pass if {
	count(policy.deny) == 0 with input as doc([
		run(1, [cmd("apt-get", ["update"]), cmd("apt-get", ["install", "-y", "--only-upgrade", "openssl"])]),
		run(2, [cmd("apk", ["upgrade", "--no-cache", "openssl", "libssl3"])]),
		run(3, [cmd("apk", ["add", "--upgrade", "busybox"])]),
		run(4, [cmd("yum", ["update", "-y", "openssl"])]),
		run(5, [cmd("dnf", ["--exclude", "kernel", "check-update"])]),
		run(6, [cmd("echo", ["apt-get", "upgrade"])]),
	])
}

test_odd_values_pass if {
	count(policy.deny) == 0 with input as doc([
		run(1, [cmd("apt-get", null), {"name": null}, "apt-get upgrade"]),
		{"index": 2, "instruction": "RUN", "arguments": "…", "line": 3, "commands": null},
	])
	count(policy.deny) == 0 with input as {"kind": "dockerfile", "path": "", "resources": []}
}
