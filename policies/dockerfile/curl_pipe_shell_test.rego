package tollgate.dockerfile.curl_pipe_shell_test

import rego.v1

import data.tollgate.dockerfile.curl_pipe_shell as policy

stage(instructions) := {
	"index": 0, "name": "app", "address": "stage.app", "final": true,
	"base": {"raw": "debian:12", "image": "debian:12", "registry": "docker.io", "repository": "library/debian", "tag": "12", "digest": null, "stage": false, "scratch": false, "platform": null},
	"user": "app", "healthcheck": null, "instructions": array.concat([{"index": 0, "instruction": "FROM", "arguments": "debian:12", "line": 1}], instructions),
}

run(script, commands, pipelines) := {"index": 1, "instruction": "RUN", "arguments": script, "line": 2, "commands": commands, "pipelines": pipelines}

doc(instructions) := {"kind": "dockerfile", "path": "Dockerfile", "resources": [], "stages": [stage(instructions)]}

test_curl_pipe_sh_fails if {
	findings := policy.deny with input as doc([run(
		"apt-get update && curl -fsSL https://x/install.sh | sh -s -- -y",
		[{"name": "apt-get", "args": ["update"]}, {"name": "curl", "args": ["-fsSL", "https://x/install.sh"]}, {"name": "sh", "args": ["-s", "--", "-y"]}],
		[["apt-get"], ["curl", "sh"]],
	)])
	count(findings) == 1
	some f in findings
	f.resource == "stage.app"
	f.path == ["instructions", 1]
}

test_wget_through_tee_into_sudo_bash_fails if {
	count(policy.deny) == 1 with input as doc([run(
		"wget -qO- https://x | tee /tmp/i | sudo bash",
		[{"name": "wget", "args": ["-qO-", "https://x"]}, {"name": "tee", "args": ["/tmp/i"]}, {"name": "sudo", "args": ["bash"]}],
		[["/usr/bin/wget", "tee", "sudo"]],
	)])
}

test_command_substitution_fails if {
	count(policy.deny) == 1 with input as doc([run(
		"sh -c \"$(curl -fsSL https://x/install.sh)\"",
		[{"name": "sh", "args": ["-c", "\"$(curl -fsSL https://x/install.sh)\""]}, {"name": "curl", "args": ["-fsSL", "https://x/install.sh"]}],
		[["sh"], ["curl"]],
	)])
}

test_download_then_verify_passes if {
	count(policy.deny) == 0 with input as doc([run(
		"curl -fsSLo /tmp/i.sh https://x && echo \"abc  /tmp/i.sh\" | sha256sum -c - && sh /tmp/i.sh",
		[{"name": "curl", "args": ["-fsSLo", "/tmp/i.sh", "https://x"]}, {"name": "echo", "args": ["\"abc  /tmp/i.sh\""]}, {"name": "sha256sum", "args": ["-c", "-"]}, {"name": "sh", "args": ["/tmp/i.sh"]}],
		[["curl"], ["echo", "sha256sum"], ["sh"]],
	)])
}

test_shell_before_curl_in_pipeline_passes if {
	count(policy.deny) == 0 with input as doc([run(
		"sh ./gen.sh | curl -T - https://x",
		[{"name": "sh", "args": ["./gen.sh"]}, {"name": "curl", "args": ["-T", "-", "https://x"]}],
		[["sh", "curl"]],
	)])
}

test_exec_form_script_fails if {
	count(policy.deny) == 1 with input as doc([run(
		"[\"sh\", \"-c\", \"curl -fsSL https://x | sh\"]",
		[{"name": "sh", "args": ["-c", "curl -fsSL https://x | sh"]}],
		[],
	)])
	count(policy.deny) == 0 with input as doc([run(
		"[\"sh\", \"-c\", \"curl -fsSLo /tmp/x https://x | tee log\"]",
		[{"name": "sh", "args": ["-c", "curl -fsSLo /tmp/x https://x | tee log; sh /tmp/x"]}],
		[],
	)])
}
