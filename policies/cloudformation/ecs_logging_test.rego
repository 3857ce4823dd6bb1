package tollgate.cloudformation.ecs_logging_test

import rego.v1

task(containers) := {
	"address": "WorkerTask",
	"type": "AWS::ECS::TaskDefinition",
	"name": "WorkerTask",
	"attributes": {"Family": "worker", "ContainerDefinitions": containers},
	"refs": [],
}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "parameters": {}, "conditions": {}, "resources": resources}

awslogs := {"LogDriver": "awslogs", "Options": {"awslogs-group": {"__unknown__": "Ref WorkerLogGroup", "__ref__": "WorkerLogGroup"}}}

test_container_without_logs_fails if {
	findings := data.tollgate.cloudformation.ecs_logging.deny with input as doc([task([
		{"Name": "worker", "Image": "worker:2.0.1", "LogConfiguration": awslogs},
		{"Name": "metrics", "Image": "cloudwatch-agent:1.3"},
	])])
	count(findings) == 1
	some f in findings
	f.resource == "WorkerTask"
	f.path == ["ContainerDefinitions", 1, "LogConfiguration"]
}

test_logging_containers_pass if {
	count(data.tollgate.cloudformation.ecs_logging.deny) == 0 with input as doc([task([{"Name": "worker", "Image": "worker:2.0.1", "LogConfiguration": awslogs}])])
}

test_unknown_not_reported if {
	count(data.tollgate.cloudformation.ecs_logging.deny) == 0 with input as doc([
		task([{"Name": "worker", "Image": "worker:2.0.1", "LogConfiguration": {"__unknown__": "Fn::If [\"Ship\",{},{}]"}}]),
		task({"__unknown__": "Ref Containers"}),
	])
}
