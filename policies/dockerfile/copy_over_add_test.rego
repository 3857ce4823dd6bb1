package tollgate.dockerfile.copy_over_add_test

import rego.v1

import data.tollgate.dockerfile.copy_over_add as policy

copy(index, kind, sources) := {"index": index, "instruction": kind, "arguments": "…", "line": index + 1, "sources": sources, "destination": "/app/", "flags": {}}

doc(instructions) := {"kind": "dockerfile", "path": "Dockerfile", "resources": [], "stages": [{
	"index": 0, "name": "app", "address": "stage.app", "final": true,
	"base": {"raw": "python:3.12", "image": "python:3.12", "registry": "docker.io", "repository": "library/python", "tag": "3.12", "digest": null, "stage": false, "scratch": false, "platform": null},
	"user": null, "healthcheck": null,
	"instructions": array.concat([{"index": 0, "instruction": "FROM", "arguments": "python:3.12", "line": 1}], instructions),
}]}

test_add_local_files_fails if {
	findings := policy.deny with input as doc([
		copy(1, "COPY", ["requirements.txt"]),
		copy(2, "ADD", ["src/", "setup.py"]),
	])
	count(findings) == 1
	some f in findings
	f.resource == "stage.app"
	f.path == ["instructions", 2]
	contains(f.message, "src/, setup.py")
}

test_add_mixed_sources_fails if {
	count(policy.deny) == 1 with input as doc([copy(1, "add", ["vendor.tar.gz", "config.yaml"])])
}

# ADD extracts local tar archives; URLs are another rule's concern.
test_archives_urls_and_copy_pass if {
	count(policy.deny) == 0 with input as doc([
		copy(1, "ADD", ["rootfs.tar.xz"]),
		copy(2, "ADD", ["dist/app-1.4.2.TGZ", "vendor.tar"]),
		copy(3, "ADD", ["https://example.com/tool.bin"]),
		copy(4, "ADD", ["git@github.com:acme/lib.git"]),
		copy(5, "COPY", ["app.py"]),
	])
}

test_variables_heredocs_and_odd_values_pass if {
	count(policy.deny) == 0 with input as doc([
		copy(1, "ADD", ["${ARTIFACT}"]),
		copy(2, "ADD", ["<<EOF"]),
		copy(3, "ADD", null),
		copy(4, "ADD", [null, ""]),
	])
	count(policy.deny) == 0 with input as {"kind": "dockerfile", "path": "", "resources": []}
}
