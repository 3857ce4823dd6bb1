# METADATA
# title: ECS containers send logs somewhere
# description: A container without a log configuration keeps its output only on the instance that ran it (and on Fargate nowhere at all), so when a task fails and is replaced its logs are gone.
# custom:
#   id: TG-AWS-ECS-002
#   severity: medium
#   dimension: reliability
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["AU-2", "AU-12"]}
#   remediation: |
#     Send each container's output to CloudWatch Logs (or to a FireLens router):
#       WorkerTask:
#         Type: AWS::ECS::TaskDefinition
#         Properties:
#           Family: worker
#           ContainerDefinitions:
#             - Name: worker
#               Image: 111122223333.dkr.ecr.eu-west-1.amazonaws.com/worker:2.0.1
#               Essential: true
#               LogConfiguration:
#                 LogDriver: awslogs
#                 Options:
#                   awslogs-group: !Ref WorkerLogGroup
#                   awslogs-region: !Ref AWS::Region
#                   awslogs-stream-prefix: worker
package tollgate.cloudformation.ecs_logging

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::ECS::TaskDefinition")
	is_object(r.attributes)
	some i, c in items(r.attributes.ContainerDefinitions)
	is_object(c)
	not lib.is_unknown(c)
	object.get(c, "LogConfiguration", null) == null
	finding := {
		"resource": r.address,
		"path": ["ContainerDefinitions", i, "LogConfiguration"],
		"message": sprintf("Container %s of ECS task definition %s has no LogConfiguration, so its logs are lost with the task.", [label(c), r.address]),
	}
}

label(c) := c.Name if is_string(c.Name)

label(c) := "(unnamed)" if not is_string(c.Name)

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
