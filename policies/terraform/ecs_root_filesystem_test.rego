package tollgate.terraform.ecs_root_filesystem_test

import rego.v1

task(definitions, extra) := {
	"address": "aws_ecs_task_definition.app",
	"type": "aws_ecs_task_definition",
	"name": "app",
	"mode": "managed",
	"attributes": object.union({"family": "app", "container_definitions": definitions}, extra),
	"refs": [],
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

test_writable_root_fails if {
	definitions := json.marshal([
		{"name": "app", "image": "app:1.4.2"},
		{"name": "proxy", "image": "envoy:1.29", "readonlyRootFilesystem": false},
		{"name": "log-router", "image": "fluent-bit:3.0", "readonlyRootFilesystem": true},
	])
	findings := data.tollgate.terraform.ecs_root_filesystem.deny with input as doc([task(definitions, {})])
	count(findings) == 2
	every f in findings {
		f.resource == "aws_ecs_task_definition.app"
		f.path == ["container_definitions"]
	}
}

test_read_only_root_passes if {
	definitions := json.marshal([{"name": "app", "image": "app:1.4.2", "readonlyRootFilesystem": true}])
	count(data.tollgate.terraform.ecs_root_filesystem.deny) == 0 with input as doc([task(definitions, {})])
}

test_windows_task_not_checked if {
	definitions := json.marshal([{"name": "app", "image": "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022"}])
	count(data.tollgate.terraform.ecs_root_filesystem.deny) == 0 with input as doc([task(definitions, {"runtime_platform": [{"operating_system_family": "WINDOWS_SERVER_2022_CORE", "cpu_architecture": "X86_64"}]})])
	count(data.tollgate.terraform.ecs_root_filesystem.deny) == 0 with input as doc([task(definitions, {"runtime_platform": [{"operating_system_family": {"__unknown__": "var.os"}}]})])
}

test_linux_platform_checked if {
	definitions := json.marshal([{"name": "app", "image": "app:1.4.2"}])
	count(data.tollgate.terraform.ecs_root_filesystem.deny) == 1 with input as doc([task(definitions, {"runtime_platform": [{"operating_system_family": "LINUX", "cpu_architecture": "ARM64"}]})])
}

test_unknown_definitions_not_reported if {
	count(data.tollgate.terraform.ecs_root_filesystem.deny) == 0 with input as doc([task({"__unknown__": "templatefile(\"app.json\", {})"}, {})])
}
