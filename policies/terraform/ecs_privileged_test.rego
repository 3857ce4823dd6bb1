package tollgate.terraform.ecs_privileged_test

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

test_privileged_container_fails if {
	definitions := json.marshal([
		{"name": "app", "image": "app:1.4.2", "privileged": true},
		{"name": "sidecar", "image": "envoy:1.29"},
	])
	findings := data.tollgate.terraform.ecs_privileged.deny with input as doc([task(definitions)])
	count(findings) == 1
	some f in findings
	f.resource == "aws_ecs_task_definition.app"
	f.path == ["container_definitions"]
	contains(f.message, "Container app ")
}

test_each_privileged_container_fails if {
	definitions := json.marshal([
		{"name": "app", "image": "app:1.4.2", "privileged": true},
		{"name": "agent", "image": "agent:7", "privileged": true},
	])
	count(data.tollgate.terraform.ecs_privileged.deny) == 2 with input as doc([task(definitions)])
}

test_unprivileged_containers_pass if {
	definitions := json.marshal([
		{"name": "app", "image": "app:1.4.2", "privileged": false},
		{"name": "sidecar", "image": "envoy:1.29"},
	])
	count(data.tollgate.terraform.ecs_privileged.deny) == 0 with input as doc([task(definitions)])
}

test_unknown_definitions_not_reported if {
	count(data.tollgate.terraform.ecs_privileged.deny) == 0 with input as doc([task({"__unknown__": "jsonencode([...])"})])
}

test_invalid_json_not_reported if {
	count(data.tollgate.terraform.ecs_privileged.deny) == 0 with input as doc([task("[{\"name\": ")])
}
