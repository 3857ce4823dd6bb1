package tollgate.terraform.codebuild_env_secrets_test

import rego.v1

import data.tollgate.terraform.codebuild_env_secrets as policy

project(variables) := {"address": "aws_codebuild_project.p", "type": "aws_codebuild_project", "name": "p", "mode": "managed", "refs": [], "attributes": {
	"name": "p",
	"environment": [{"image": "aws/codebuild/standard:7.0", "environment_variable": variables}],
}}

test_literal_password_fails if {
	findings := policy.deny with input as {"kind": "terraform", "resources": [project([
		{"name": "STAGE", "value": "prod"},
		{"name": "DB_PASSWORD", "value": "hunter2-but-longer"},
	])]}
	count(findings) == 1
	some f in findings
	f.path == ["environment", 0, "environment_variable", 1, "value"]
	not contains(f.message, "hunter2")
}

test_explicit_plaintext_token_fails if {
	count(policy.deny) == 1 with input as {"kind": "terraform", "resources": [project([{"name": "npm_token", "type": "PLAINTEXT", "value": "fixture-token-value"}])]}
}

test_secret_copied_from_secrets_manager_fails if {
	findings := policy.deny with input as {"kind": "terraform", "resources": [project([{"name": "DEPLOY_KEY", "value": {"__unknown__": "jsondecode(data.aws_secretsmanager_secret_version.deploy.secret_string)[\"key\"]"}}])]}
	count(findings) == 1
	some f in findings
	contains(f.message, "copies a secret")
}

test_secret_store_types_pass if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [project([
		{"name": "DB_PASSWORD", "type": "SECRETS_MANAGER", "value": "prod/db:password"},
		{"name": "API_KEY", "type": "PARAMETER_STORE", "value": "/ci/api-key"},
	])]}
}

test_pointer_names_and_placeholders_pass if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [project([
		{"name": "DB_PASSWORD_ARN", "value": "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db"},
		{"name": "TOKEN_TTL", "value": "3600"},
		{"name": "GITHUB_TOKEN", "value": "${GITHUB_TOKEN}"},
		{"name": "USE_CREDENTIALS", "value": "true"},
		{"name": "SECRET", "value": ""},
	])]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [
		project([
			{"name": "DB_PASSWORD", "value": {"__unknown__": "var.db_password"}},
			{"name": "API_TOKEN", "type": {"__unknown__": "var.type"}, "value": "abc123abc123"},
		]),
		{"address": "aws_codebuild_project.q", "type": "aws_codebuild_project", "name": "q", "mode": "managed", "refs": [], "attributes": {"name": "q", "environment": [{"environment_variable": {"__unknown__": "var.env"}}]}},
	]}
}
