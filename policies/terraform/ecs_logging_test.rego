package tollgate.terraform.ecs_logging_test

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

awslogs := {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/app", "awslogs-region": "eu-west-1", "awslogs-stream-prefix": "app"}}

test_container_without_logs_fails if {
	definitions := json.marshal([
		{"name": "app", "image": "app:1.4.2", "logConfiguration": awslogs},
		{"name": "proxy", "image": "envoy:1.29"},
	])
	findings := data.tollgate.terraform.ecs_logging.deny with input as doc([task(definitions)])
	count(findings) == 1
	some f in findings
	f.resource == "aws_ecs_task_definition.app"
	f.path == ["container_definitions"]
	contains(f.message, "Container proxy ")
}

test_all_containers_log_pass if {
	definitions := json.marshal([
		{"name": "app", "image": "app:1.4.2", "logConfiguration": {"logDriver": "awsfirelens", "options": {"Name": "cloudwatch"}}},
		{"name": "log-router", "image": "aws-for-fluent-bit:2.32", "firelensConfiguration": {"type": "fluentbit"}, "logConfiguration": awslogs},
	])
	count(data.tollgate.terraform.ecs_logging.deny) == 0 with input as doc([task(definitions)])
}

test_unknown_definitions_not_reported if {
	count(data.tollgate.terraform.ecs_logging.deny) == 0 with input as doc([task({"__unknown__": "module.app.container_definitions"})])
}
