package tollgate.cloudformation.ecs_circuit_breaker_test

import rego.v1

service(address, props) := {
	"address": address,
	"type": "AWS::ECS::Service",
	"name": address,
	"attributes": object.union({"DesiredCount": 3, "TaskDefinition": {"__unknown__": "Ref ApiTask", "__ref__": "ApiTask"}}, props),
	"refs": ["ApiTask"],
}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "parameters": {}, "conditions": {}, "resources": resources}

test_no_circuit_breaker_fails if {
	findings := data.tollgate.cloudformation.ecs_circuit_breaker.deny with input as doc([service("ApiService", {"DeploymentConfiguration": {"MinimumHealthyPercent": 100}})])
	count(findings) == 1
	some f in findings
	f.resource == "ApiService"
	f.path == ["DeploymentConfiguration", "DeploymentCircuitBreaker"]
}

test_breaker_without_rollback_fails if {
	findings := data.tollgate.cloudformation.ecs_circuit_breaker.deny with input as doc([service("ApiService", {"DeploymentConfiguration": {"DeploymentCircuitBreaker": {"Enable": "true", "Rollback": "false"}}})])
	count(findings) == 1
	some f in findings
	f.path == ["DeploymentConfiguration", "DeploymentCircuitBreaker", "Rollback"]
}

test_breaker_with_rollback_passes if {
	count(data.tollgate.cloudformation.ecs_circuit_breaker.deny) == 0 with input as doc([service("ApiService", {"DeploymentConfiguration": {"DeploymentCircuitBreaker": {"Enable": true, "Rollback": "true"}}})])
}

test_alarm_rollback_passes if {
	count(data.tollgate.cloudformation.ecs_circuit_breaker.deny) == 0 with input as doc([service("ApiService", {"DeploymentConfiguration": {"Alarms": {"AlarmNames": ["api-5xx"], "Enable": true, "Rollback": true}}})])
}

test_other_controllers_not_checked if {
	count(data.tollgate.cloudformation.ecs_circuit_breaker.deny) == 0 with input as doc([
		service("WebService", {"DeploymentController": {"Type": "CODE_DEPLOY"}}),
		service("JobService", {"DeploymentController": {"Type": "EXTERNAL"}}),
	])
}

test_unknown_not_reported if {
	count(data.tollgate.cloudformation.ecs_circuit_breaker.deny) == 0 with input as doc([
		service("A", {"DeploymentConfiguration": {"__unknown__": "Fn::If [\"Prod\",{},{}]"}}),
		service("B", {"DeploymentConfiguration": {"DeploymentCircuitBreaker": {"Enable": {"__unknown__": "Ref Breaker"}, "Rollback": {"__unknown__": "Ref Breaker"}}}}),
		service("C", {"DeploymentController": {"Type": {"__unknown__": "Ref Controller"}}}),
	])
}
