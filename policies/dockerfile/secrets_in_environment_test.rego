package tollgate.dockerfile.secrets_in_environment_test

import rego.v1

import data.tollgate.dockerfile.secrets_in_environment as policy

stage(instructions) := {
	"index": 0, "name": "app", "address": "stage.app", "final": true,
	"base": {"raw": "debian:12", "image": "debian:12", "registry": "docker.io", "repository": "library/debian", "tag": "12", "digest": null, "stage": false, "scratch": false, "platform": null},
	"user": "app", "healthcheck": null, "instructions": array.concat([{"index": 0, "instruction": "FROM", "arguments": "debian:12", "line": 1}], instructions),
}

pairs(kind, i, p) := {"index": i, "instruction": kind, "arguments": "…", "line": i + 1, "pairs": p}

doc(instructions) := {"kind": "dockerfile", "path": "Dockerfile", "resources": [], "stages": [stage(instructions)]}

test_env_password_fails_without_leaking_value if {
	findings := policy.deny with input as doc([pairs("ENV", 1, {"APP_ENV": "prod", "DB_Password": "hunter2"})])
	count(findings) == 1
	some f in findings
	f.resource == "stage.app"
	f.path == ["instructions", 1]
	not contains(f.message, "hunter2")
	not contains(f.message, "hu")
}

test_arg_default_token_fails if {
	count(policy.deny) == 1 with input as doc([pairs("ARG", 1, {"GITHUB_TOKEN": "ghp_abcdef"})])
}

test_references_and_empty_values_pass if {
	count(policy.deny) == 0 with input as doc([
		pairs("ARG", 1, {"NPM_TOKEN": null}),
		pairs("ENV", 2, {"NPM_TOKEN": "${NPM_TOKEN}", "API_KEY": "$API_KEY", "SECRET_KEY": ""}),
		pairs("ENV", 3, {"POSTGRES_PASSWORD_FILE": "/run/secrets/db_password"}),
		pairs("LABEL", 4, {"secret": "not-an-env"}),
	])
}
