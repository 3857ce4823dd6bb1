package tollgate.cloudformation.ecs_privileged_test

import rego.v1

task(containers) := {
	"address": "AgentTask",
	"type": "AWS::ECS::TaskDefinition",
	"name": "AgentTask",
	"attributes": {"Family": "agent", "ContainerDefinitions": containers},
	"refs": [],
}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "parameters": {}, "conditions": {}, "resources": resources}

test_privileged_container_fails if {
	findings := data.tollgate.cloudformation.ecs_privileged.deny with input as doc([task([
		{"Name": "sidecar", "Image": "envoy:1.29"},
		{"Name": "agent", "Image": "agent:3.2.0", "Privileged": "true"},
	])])
	count(findings) == 1
	some f in findings
	f.resource == "AgentTask"
	f.path == ["ContainerDefinitions", 1, "Privileged"]
}

test_unprivileged_passes if {
	count(data.tollgate.cloudformation.ecs_privileged.deny) == 0 with input as doc([task([
		{"Name": "agent", "Image": "agent:3.2.0", "Privileged": false},
		{"Name": "sidecar", "Image": "envoy:1.29"},
	])])
}

test_unknown_not_reported if {
	count(data.tollgate.cloudformation.ecs_privileged.deny) == 0 with input as doc([
		task([{"Name": "agent", "Image": "agent:3.2.0", "Privileged": {"__unknown__": "Fn::If [\"Debug\",true,false]"}}]),
		task({"__unknown__": "Fn::If [\"WithAgent\",[],[]]"}),
	])
}
