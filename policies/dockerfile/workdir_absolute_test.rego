package tollgate.dockerfile.workdir_absolute_test

import rego.v1

import data.tollgate.dockerfile.workdir_absolute as policy

workdir(index, path) := {"index": index, "instruction": "WORKDIR", "arguments": path, "line": index + 1}

doc(instructions) := {"kind": "dockerfile", "path": "Dockerfile", "resources": [], "stages": [{
	"index": 0, "name": "app", "address": "stage.app", "final": true,
	"base": {"raw": "node:20", "image": "node:20", "registry": "docker.io", "repository": "library/node", "tag": "20", "digest": null, "stage": false, "scratch": false, "platform": null},
	"user": null, "healthcheck": null,
	"instructions": array.concat([{"index": 0, "instruction": "FROM", "arguments": "node:20", "line": 1}], instructions),
}]}

test_relative_workdir_fails if {
	findings := policy.deny with input as doc([workdir(1, "/srv"), workdir(2, "app")])
	count(findings) == 1
	some f in findings
	f.resource == "stage.app"
	f.path == ["instructions", 2]
	contains(f.message, "app")
}

test_quoted_relative_workdir_fails if {
	count(policy.deny) == 1 with input as doc([workdir(1, "\"build/output\"")])
}

test_absolute_and_variable_paths_pass if {
	count(policy.deny) == 0 with input as doc([
		workdir(1, "/app"),
		workdir(2, "\"/srv/my app\""),
		workdir(3, "$HOME/app"),
		workdir(4, "${APP_DIR}"),
		workdir(5, "C:\\app"),
		workdir(6, "c:/app"),
	])
}

test_odd_values_pass if {
	count(policy.deny) == 0 with input as doc([workdir(1, ""), workdir(2, null), {"index": 3, "instruction": null}])
	count(policy.deny) == 0 with input as {"kind": "dockerfile", "path": "", "resources": []}
}
