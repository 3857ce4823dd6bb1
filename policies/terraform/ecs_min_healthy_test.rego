package tollgate.terraform.ecs_min_healthy_test

import rego.v1

service(attrs) := {
	"address": "aws_ecs_service.api",
	"type": "aws_ecs_service",
	"name": "api",
	"mode": "managed",
	"attributes": object.union({"name": "api"}, attrs),
	"refs": [],
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

test_low_minimum_fails if {
	findings := data.tollgate.terraform.ecs_min_healthy.deny with input as doc([service({"desired_count": 4, "deployment_minimum_healthy_percent": 0})])
	count(findings) == 1
	some f in findings
	f.resource == "aws_ecs_service.api"
	f.path == ["deployment_minimum_healthy_percent"]
}

test_string_values_fail if {
	count(data.tollgate.terraform.ecs_min_healthy.deny) == 1 with input as doc([service({"desired_count": "2", "deployment_minimum_healthy_percent": "25"})])
}

test_fifty_or_more_passes if {
	count(data.tollgate.terraform.ecs_min_healthy.deny) == 0 with input as doc([service({"desired_count": 4, "deployment_minimum_healthy_percent": 50})])
	count(data.tollgate.terraform.ecs_min_healthy.deny) == 0 with input as doc([service({"desired_count": 4})])
}

test_single_task_passes if {
	count(data.tollgate.terraform.ecs_min_healthy.deny) == 0 with input as doc([service({"desired_count": 1, "deployment_minimum_healthy_percent": 0})])
}

test_daemon_and_other_controllers_pass if {
	count(data.tollgate.terraform.ecs_min_healthy.deny) == 0 with input as doc([service({"desired_count": 4, "deployment_minimum_healthy_percent": 0, "scheduling_strategy": "DAEMON"})])
	count(data.tollgate.terraform.ecs_min_healthy.deny) == 0 with input as doc([service({"desired_count": 4, "deployment_minimum_healthy_percent": 0, "deployment_controller": [{"type": "CODE_DEPLOY"}]})])
}

test_unknown_not_reported if {
	count(data.tollgate.terraform.ecs_min_healthy.deny) == 0 with input as doc([service({"desired_count": {"__unknown__": "var.count"}, "deployment_minimum_healthy_percent": 0})])
	count(data.tollgate.terraform.ecs_min_healthy.deny) == 0 with input as doc([service({"desired_count": 3, "deployment_minimum_healthy_percent": {"__unknown__": "var.min"}})])
	count(data.tollgate.terraform.ecs_min_healthy.deny) == 0 with input as doc([service({"deployment_minimum_healthy_percent": 0})])
}
