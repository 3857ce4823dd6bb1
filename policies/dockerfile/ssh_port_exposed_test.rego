package tollgate.dockerfile.ssh_port_exposed_test

import rego.v1

import data.tollgate.dockerfile.ssh_port_exposed as policy

stage(instructions) := {
	"index": 0, "name": "app", "address": "stage.app", "final": true,
	"base": {"raw": "debian:12", "image": "debian:12", "registry": "docker.io", "repository": "library/debian", "tag": "12", "digest": null, "stage": false, "scratch": false, "platform": null},
	"user": "app", "healthcheck": null, "instructions": array.concat([{"index": 0, "instruction": "FROM", "arguments": "debian:12", "line": 1}], instructions),
}

expose(ports) := {"index": 1, "instruction": "EXPOSE", "arguments": concat(" ", ports), "line": 2, "ports": ports}

doc(instructions) := {"kind": "dockerfile", "path": "Dockerfile", "resources": [], "stages": [stage(instructions)]}

test_expose_22_fails if {
	findings := policy.deny with input as doc([expose(["80", "22"])])
	count(findings) == 1
	some f in findings
	f.resource == "stage.app"
	f.path == ["instructions", 1]
}

test_expose_22_tcp_and_range_fail if {
	count(policy.deny) == 1 with input as doc([expose(["22/tcp"])])
	count(policy.deny) == 1 with input as doc([expose(["20-30/tcp"])])
}

test_other_ports_pass if {
	count(policy.deny) == 0 with input as doc([expose(["80", "2222", "22/udp", "8022/tcp", "${PORT}", "23-30"])])
}
