# METADATA
# title: ECS containers use a read-only root filesystem
# description: A container whose root filesystem is writable lets an attacker who gets code execution drop tools, change binaries and persist in the container. Make the root filesystem read-only and mount volumes only where the application writes. Windows tasks, which do not support the setting, and task definitions whose container definitions cannot be known statically are not checked.
# custom:
#   id: TG-AWS-ECS-001
#   severity: low
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["CM-5", "SI-7"]}
#   remediation: |
#     Set readonlyRootFilesystem and give the application a scratch volume for what it writes:
#       resource "aws_ecs_task_definition" "app" {
#         family = "app"
#         container_definitions = jsonencode([{
#           name                   = "app"
#           image                  = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/app:1.4.2"
#           essential              = true
#           readonlyRootFilesystem = true
#           mountPoints            = [{ sourceVolume = "tmp", containerPath = "/tmp" }]
#         }])
#         volume {
#           name = "tmp"
#         }
#       }
package tollgate.terraform.ecs_root_filesystem

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("aws_ecs_task_definition")
	not r.mode == "data"
	not windows(r)
	some c in containers(r)
	not c.readonlyRootFilesystem == true
	finding := {
		"resource": r.address,
		"path": ["container_definitions"],
		"message": sprintf("Container %s of ECS task definition %s does not set readonlyRootFilesystem to true, so its root filesystem is writable.", [label(c), r.address]),
	}
}

# windows(r) holds when the task runs, or may run, on Windows, where a read-only root
# filesystem is not supported.
windows(r) if {
	family := r.attributes.runtime_platform[0].operating_system_family
	is_string(family)
	startswith(upper(family), "WINDOWS")
}

windows(r) if lib.is_unknown(r.attributes.runtime_platform)

windows(r) if lib.is_unknown(r.attributes.runtime_platform[0].operating_system_family)

# containers(r) are the container definitions of task definition r, when they are known:
# container_definitions is a JSON string (jsonencode, file, heredoc).
containers(r) := [c | some c in definitions; is_object(c)] if {
	is_object(r.attributes)
	raw := r.attributes.container_definitions
	not lib.is_unknown(raw)
	definitions := lib.json_document(raw)
	is_array(definitions)
}

label(c) := c.name if is_string(c.name)

label(c) := "(unnamed)" if not is_string(c.name)
