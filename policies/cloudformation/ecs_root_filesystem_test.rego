package tollgate.cloudformation.ecs_root_filesystem_test

import rego.v1

task(containers, extra) := {
	"address": "ApiTask",
	"type": "AWS::ECS::TaskDefinition",
	"name": "ApiTask",
	"attributes": object.union({"Family": "api", "ContainerDefinitions": containers}, extra),
	"refs": [],
}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "parameters": {}, "conditions": {}, "resources": resources}

test_writable_root_fails if {
	findings := data.tollgate.cloudformation.ecs_root_filesystem.deny with input as doc([task([
		{"Name": "api", "Image": "api:1.4.2", "ReadonlyRootFilesystem": "true"},
		{"Name": "proxy", "Image": "envoy:1.29"},
		{"Name": "router", "Image": "fluent-bit:3.0", "ReadonlyRootFilesystem": false},
	], {})])
	count(findings) == 2
	paths := {f.path | some f in findings}
	paths == {["ContainerDefinitions", 1, "ReadonlyRootFilesystem"], ["ContainerDefinitions", 2, "ReadonlyRootFilesystem"]}
}

test_read_only_root_passes if {
	count(data.tollgate.cloudformation.ecs_root_filesystem.deny) == 0 with input as doc([task([{"Name": "api", "Image": "api:1.4.2", "ReadonlyRootFilesystem": true}], {})])
}

test_windows_not_checked if {
	count(data.tollgate.cloudformation.ecs_root_filesystem.deny) == 0 with input as doc([task(
		[{"Name": "iis", "Image": "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022"}],
		{"RuntimePlatform": {"OperatingSystemFamily": "WINDOWS_SERVER_2019_CORE"}},
	)])
}

test_unknown_not_reported if {
	count(data.tollgate.cloudformation.ecs_root_filesystem.deny) == 0 with input as doc([task([{"Name": "api", "Image": "api:1.4.2", "ReadonlyRootFilesystem": {"__unknown__": "Fn::If [\"Hardened\",true,false]"}}], {})])
}
