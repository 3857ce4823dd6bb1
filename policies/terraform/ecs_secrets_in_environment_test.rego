package tollgate.terraform.ecs_secrets_in_environment_test

import rego.v1

task(definitions) := {
	"address": "aws_ecs_task_definition.app",
	"type": "aws_ecs_task_definition",
	"name": "app",
	"mode": "managed",
	"attributes": {"family": "app", "container_definitions": definitions},
	"refs": [],
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

container(environment) := {"name": "app", "image": "app:1.4.2", "environment": environment}

test_literal_password_fails if {
	definitions := json.marshal([container([
		{"name": "DB_PASSWORD", "value": "hunter2"},
		{"name": "LOG_LEVEL", "value": "info"},
	])])
	findings := data.tollgate.terraform.ecs_secrets_in_environment.deny with input as doc([task(definitions)])
	count(findings) == 1
	some f in findings
	f.resource == "aws_ecs_task_definition.app"
	f.path == ["container_definitions"]
	contains(f.message, "DB_PASSWORD")
	not contains(f.message, "hunter2")
}

test_each_secret_variable_fails if {
	definitions := json.marshal([container([
		{"name": "STRIPE_API_KEY", "value": "sk_live_abc"},
		{"name": "GITHUB_TOKEN", "value": "ghp_abc"},
		{"name": "AWS_SECRET_ACCESS_KEY", "value": "wJalrXUtnFEMI"},
	])])
	count(data.tollgate.terraform.ecs_secrets_in_environment.deny) == 3 with input as doc([task(definitions)])
}

test_secrets_and_descriptive_names_pass if {
	definitions := json.marshal([object.union(container([
		{"name": "DB_PASSWORD_FILE", "value": "/run/secrets/db"},
		{"name": "DB_SECRET_ARN", "value": "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCdEf"},
		{"name": "TOKEN_TTL", "value": "3600"},
		{"name": "REQUIRE_TOKEN", "value": "true"},
		{"name": "API_KEY", "value": ""},
		{"name": "SESSION_SECRET", "value": "${SESSION_SECRET}"},
	]), {"secrets": [{"name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCdEf"}]})])
	count(data.tollgate.terraform.ecs_secrets_in_environment.deny) == 0 with input as doc([task(definitions)])
}

test_unknown_definitions_not_reported if {
	count(data.tollgate.terraform.ecs_secrets_in_environment.deny) == 0 with input as doc([task({"__unknown__": "jsonencode([...data.aws_secretsmanager_secret_version.db.secret_string...])"})])
}
