package tollgate.dockerfile.add_from_url_test

import rego.v1

import data.tollgate.dockerfile.add_from_url as policy

stage(instructions) := {
	"index": 0, "name": "app", "address": "stage.app", "final": true,
	"base": {"raw": "debian:12", "image": "debian:12", "registry": "docker.io", "repository": "library/debian", "tag": "12", "digest": null, "stage": false, "scratch": false, "platform": null},
	"user": "app", "healthcheck": null, "instructions": array.concat([{"index": 0, "instruction": "FROM", "arguments": "debian:12", "line": 1}], instructions),
}

copy(kind, sources, flags) := {"index": 1, "instruction": kind, "arguments": "…", "line": 2, "sources": sources, "destination": "/opt/", "flags": flags}

doc(instructions) := {"kind": "dockerfile", "path": "Dockerfile", "resources": [], "stages": [stage(instructions)]}

test_add_https_fails if {
	findings := policy.deny with input as doc([copy("ADD", ["https://example.com/tool.tgz"], {})])
	count(findings) == 1
	some f in findings
	f.resource == "stage.app"
	f.path == ["instructions", 1]
}

test_add_git_fails if {
	count(policy.deny) == 2 with input as doc([copy("ADD", ["git@github.com:acme/tool.git", "https://github.com/acme/lib.git#v1.0"], {"--checksum": "sha256:abc"})])
}

test_local_add_and_copy_pass if {
	count(policy.deny) == 0 with input as doc([
		copy("ADD", ["app.tar.gz"], {}),
		copy("COPY", ["https-notes.txt"], {}),
	])
}

test_add_with_checksum_passes if {
	count(policy.deny) == 0 with input as doc([copy("ADD", ["https://example.com/tool.tgz"], {"--checksum": "sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d", "--chmod": "755"})])
}
