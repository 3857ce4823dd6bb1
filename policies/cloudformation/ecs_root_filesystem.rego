# METADATA
# title: ECS containers use a read-only root filesystem
# description: A container whose root filesystem is writable lets an attacker who gets code execution drop tools, change binaries and persist in the container. Make the root filesystem read-only and mount volumes only where the application writes. Windows tasks, which do not support the setting, are not checked.
# custom:
#   id: TG-AWS-ECS-001
#   severity: low
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["CM-5", "SI-7"]}
#   remediation: |
#     Set ReadonlyRootFilesystem and give the application a scratch volume for what it writes:
#       ApiTask:
#         Type: AWS::ECS::TaskDefinition
#         Properties:
#           Family: api
#           Volumes:
#             - Name: tmp
#           ContainerDefinitions:
#             - Name: api
#               Image: 111122223333.dkr.ecr.eu-west-1.amazonaws.com/api:1.4.2
#               Essential: true
#               ReadonlyRootFilesystem: true
#               MountPoints:
#                 - SourceVolume: tmp
#                   ContainerPath: /tmp
package tollgate.cloudformation.ecs_root_filesystem

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::ECS::TaskDefinition")
	is_object(r.attributes)
	not windows(r)
	some i, c in items(r.attributes.ContainerDefinitions)
	is_object(c)
	not lib.is_unknown(c)
	setting := object.get(c, "ReadonlyRootFilesystem", null)
	not lib.is_unknown(setting)
	not known_true(setting)
	finding := {
		"resource": r.address,
		"path": ["ContainerDefinitions", i, "ReadonlyRootFilesystem"],
		"message": sprintf("Container %s of ECS task definition %s does not set ReadonlyRootFilesystem to true, so its root filesystem is writable.", [label(c), r.address]),
	}
}

# windows(r) holds when the task runs, or may run, on Windows, where a read-only root
# filesystem is not supported.
windows(r) if {
	family := r.attributes.RuntimePlatform.OperatingSystemFamily
	is_string(family)
	startswith(upper(family), "WINDOWS")
}

windows(r) if lib.is_unknown(r.attributes.RuntimePlatform)

windows(r) if lib.is_unknown(r.attributes.RuntimePlatform.OperatingSystemFamily)

# CloudFormation accepts booleans as strings ("true").
known_true(x) if x == true

known_true(x) if {
	is_string(x)
	lower(x) == "true"
}

label(c) := c.Name if is_string(c.Name)

label(c) := "(unnamed)" if not is_string(c.Name)

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
