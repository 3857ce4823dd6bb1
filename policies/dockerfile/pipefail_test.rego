package tollgate.dockerfile.pipefail_test

import rego.v1

import data.tollgate.dockerfile.pipefail as policy

from(image) := {"index": 0, "instruction": "FROM", "arguments": image, "line": 1}

run(index, script, pipelines) := {"index": index, "instruction": "RUN", "arguments": script, "line": index + 1, "commands": [], "pipelines": pipelines}

shell(index, arguments) := {"index": index, "instruction": "SHELL", "arguments": arguments, "line": index + 1}

stage(index, name, base, instructions) := {
	"index": index, "name": name, "address": sprintf("stage.%s", [name]), "final": false,
	"base": base, "user": null, "healthcheck": null, "instructions": instructions,
}

debian := {"raw": "debian:12", "image": "debian:12", "registry": "docker.io", "repository": "library/debian", "tag": "12", "digest": null, "stage": false, "scratch": false, "platform": null}

doc(stages) := {"kind": "dockerfile", "path": "Dockerfile", "resources": [], "stages": stages}

test_pipeline_without_pipefail_fails if {
	findings := policy.deny with input as doc([stage(0, "app", debian, [
		from("debian:12"),
		run(1, "apt-get update && apt-get install -y curl", []),
		run(2, "curl -fsSL https://example.com/tool.tgz | tar -xz -C /usr/local/bin", [["curl", "tar"]]),
	])])
	count(findings) == 1
	some f in findings
	f.resource == "stage.app"
	f.path == ["instructions", 2]
	contains(f.message, "curl | tar")
}

# A later SHELL without pipefail replaces the earlier one.
test_shell_reset_fails if {
	count(policy.deny) == 1 with input as doc([stage(0, "app", debian, [
		from("debian:12"),
		shell(1, "[\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]"),
		shell(2, "[\"/bin/sh\", \"-c\"]"),
		run(3, "curl -fsSL https://example.com/key | gpg --dearmor -o /usr/share/keyrings/k.gpg", [["curl", "gpg"]]),
	])])
}

test_pipefail_in_run_passes if {
	count(policy.deny) == 0 with input as doc([stage(0, "app", debian, [
		from("debian:12"),
		run(1, "set -euo pipefail; curl -fsSL https://example.com/tool.tgz | tar -xz", [["curl", "tar"]]),
		run(2, "set -o errexit -o pipefail && wget -qO- https://example.com/k | gpg --dearmor", [["wget", "gpg"]]),
		run(3, "<<EOT\nset -eo pipefail\ncurl -fsS x | sh\nEOT", [["curl", "sh"]]),
	])])
}

# The SHELL of the stage, or of the stage it is built FROM, applies.
test_shell_pipefail_passes if {
	count(policy.deny) == 0 with input as doc([
		stage(0, "base", debian, [
			from("debian:12 AS base"),
			shell(1, "[\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]"),
			run(2, "curl -fsSL https://example.com/tool.tgz | tar -xz", [["curl", "tar"]]),
		]),
		stage(1, "app", object.union(debian, {"raw": "base", "image": "base", "stage": true}), [
			from("base AS app"),
			run(1, "grep -v '^#' /etc/app.conf | sort > /etc/app.sorted", [["grep", "sort"]]),
		]),
	])
}

test_exec_form_single_commands_and_powershell_pass if {
	count(policy.deny) == 0 with input as doc([stage(0, "app", debian, [
		from("debian:12"),
		run(1, "[\"sh\", \"-c\", \"a | b\"]", []),
		run(2, "make build && make install", []),
		run(3, "odd", null),
	])])
	count(policy.deny) == 0 with input as doc([stage(0, "win", debian, [
		from("mcr.microsoft.com/windows/servercore:ltsc2022"),
		shell(1, "[\"powershell\", \"-Command\", \"$ErrorActionPreference = 'Stop';\"]"),
		run(2, "Get-ChildItem C:\\ | Select-Object Name", [["Get-ChildItem", "Select-Object"]]),
	])])
	count(policy.deny) == 0 with input as {"kind": "dockerfile", "path": "", "resources": []}
}
