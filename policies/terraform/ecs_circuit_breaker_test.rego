package tollgate.terraform.ecs_circuit_breaker_test

import rego.v1

service(attrs) := {
	"address": "aws_ecs_service.api",
	"type": "aws_ecs_service",
	"name": "api",
	"mode": "managed",
	"attributes": object.union({"name": "api", "desired_count": 3}, attrs),
	"refs": [],
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

test_no_circuit_breaker_fails if {
	findings := data.tollgate.terraform.ecs_circuit_breaker.deny with input as doc([service({})])
	count(findings) == 1
	some f in findings
	f.resource == "aws_ecs_service.api"
	f.path == ["deployment_circuit_breaker"]
}

test_breaker_without_rollback_fails if {
	findings := data.tollgate.terraform.ecs_circuit_breaker.deny with input as doc([service({"deployment_circuit_breaker": [{"enable": true, "rollback": false}]})])
	count(findings) == 1
	some f in findings
	f.path == ["deployment_circuit_breaker", 0, "rollback"]
}

test_breaker_with_rollback_passes if {
	count(data.tollgate.terraform.ecs_circuit_breaker.deny) == 0 with input as doc([service({"deployment_circuit_breaker": [{"enable": true, "rollback": true}]})])
}

test_alarm_rollback_passes if {
	count(data.tollgate.terraform.ecs_circuit_breaker.deny) == 0 with input as doc([service({"alarms": [{"alarm_names": ["api-5xx"], "enable": true, "rollback": true}]})])
}

test_alarms_without_rollback_fail if {
	count(data.tollgate.terraform.ecs_circuit_breaker.deny) == 1 with input as doc([service({"alarms": [{"alarm_names": ["api-5xx"], "enable": true, "rollback": false}]})])
}

test_other_controllers_not_checked if {
	count(data.tollgate.terraform.ecs_circuit_breaker.deny) == 0 with input as doc([
		service({"deployment_controller": [{"type": "CODE_DEPLOY"}]}),
		object.union(service({"deployment_controller": [{"type": "EXTERNAL"}]}), {"address": "aws_ecs_service.ext"}),
	])
}

test_ecs_controller_checked if {
	count(data.tollgate.terraform.ecs_circuit_breaker.deny) == 1 with input as doc([service({"deployment_controller": [{"type": "ECS"}]})])
}

test_unknown_not_reported if {
	count(data.tollgate.terraform.ecs_circuit_breaker.deny) == 0 with input as doc([
		service({"deployment_circuit_breaker": {"__unknown__": "var.breaker"}}),
		object.union(service({"deployment_circuit_breaker": [{"enable": {"__unknown__": "var.enable"}, "rollback": true}]}), {"address": "aws_ecs_service.b"}),
		object.union(service({"deployment_controller": [{"type": {"__unknown__": "var.controller"}}]}), {"address": "aws_ecs_service.c"}),
	])
}
