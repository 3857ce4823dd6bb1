package tollgate.cloudformation.ecs_secrets_in_environment_test

import rego.v1

task(containers) := {
	"address": "ApiTask",
	"type": "AWS::ECS::TaskDefinition",
	"name": "ApiTask",
	"attributes": {"Family": "api", "ContainerDefinitions": containers},
	"refs": [],
}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "parameters": {}, "conditions": {}, "resources": resources}

container(environment) := {"Name": "api", "Image": "api:1.4.2", "Environment": environment}

test_literal_password_fails if {
	findings := data.tollgate.cloudformation.ecs_secrets_in_environment.deny with input as doc([task([container([
		{"Name": "DB_HOST", "Value": "db.internal"},
		{"Name": "DB_PASSWORD", "Value": "hunter2"},
	])])])
	count(findings) == 1
	some f in findings
	f.resource == "ApiTask"
	f.path == ["ContainerDefinitions", 0, "Environment", 1, "Value"]
	contains(f.message, "DB_PASSWORD")
	not contains(f.message, "hunter2")
}

test_dynamic_reference_fails if {
	findings := data.tollgate.cloudformation.ecs_secrets_in_environment.deny with input as doc([task([container([{"Name": "API_TOKEN", "Value": "{{resolve:secretsmanager:api/token:SecretString:token}}"}])])])
	count(findings) == 1
	some f in findings
	contains(f.message, "clear text in the task definition")
	not contains(f.message, "resolve:")
}

test_secrets_and_descriptive_names_pass if {
	count(data.tollgate.cloudformation.ecs_secrets_in_environment.deny) == 0 with input as doc([task([object.union(
		container([
			{"Name": "DB_PASSWORD_SECRET_ARN", "Value": {"__unknown__": "Ref DbPasswordSecret", "__ref__": "DbPasswordSecret"}},
			{"Name": "TOKEN_TIMEOUT", "Value": "30"},
			{"Name": "CREDENTIALS_PATH", "Value": "/etc/app/credentials"},
		]),
		{"Secrets": [{"Name": "DB_PASSWORD", "ValueFrom": {"__unknown__": "Ref DbPasswordSecret", "__ref__": "DbPasswordSecret"}}]},
	)])])
}

test_unknown_value_not_reported if {
	count(data.tollgate.cloudformation.ecs_secrets_in_environment.deny) == 0 with input as doc([task([container([{"Name": "DB_PASSWORD", "Value": {"__unknown__": "Ref DbPassword"}}])])])
}
