package tollgate.cloudformation.ecs_min_healthy_test

import rego.v1

service(props) := {
	"address": "ApiService",
	"type": "AWS::ECS::Service",
	"name": "ApiService",
	"attributes": props,
	"refs": [],
}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "parameters": {}, "conditions": {}, "resources": resources}

test_low_minimum_fails if {
	findings := data.tollgate.cloudformation.ecs_min_healthy.deny with input as doc([service({"DesiredCount": "3", "DeploymentConfiguration": {"MinimumHealthyPercent": "0"}})])
	count(findings) == 1
	some f in findings
	f.resource == "ApiService"
	f.path == ["DeploymentConfiguration", "MinimumHealthyPercent"]
}

test_fifty_passes if {
	count(data.tollgate.cloudformation.ecs_min_healthy.deny) == 0 with input as doc([service({"DesiredCount": 3, "DeploymentConfiguration": {"MinimumHealthyPercent": 50}})])
}

test_default_desired_count_passes if {
	count(data.tollgate.cloudformation.ecs_min_healthy.deny) == 0 with input as doc([service({"DeploymentConfiguration": {"MinimumHealthyPercent": 0}})])
}

test_daemon_passes if {
	count(data.tollgate.cloudformation.ecs_min_healthy.deny) == 0 with input as doc([service({"SchedulingStrategy": "DAEMON", "DesiredCount": 3, "DeploymentConfiguration": {"MinimumHealthyPercent": 0}})])
}

test_unknown_not_reported if {
	count(data.tollgate.cloudformation.ecs_min_healthy.deny) == 0 with input as doc([service({"DesiredCount": 3, "DeploymentConfiguration": {"MinimumHealthyPercent": {"__unknown__": "Ref MinHealthy"}}})])
	count(data.tollgate.cloudformation.ecs_min_healthy.deny) == 0 with input as doc([service({"DesiredCount": 3, "DeploymentConfiguration": {"__unknown__": "Fn::If [\"Prod\",{},{}]"}})])
}
