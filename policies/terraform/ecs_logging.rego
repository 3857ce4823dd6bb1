# METADATA
# title: ECS containers send logs somewhere
# description: A container without a log configuration keeps its output only on the instance that ran it (and on Fargate nowhere at all), so when a task fails and is replaced its logs are gone. Task definitions whose container definitions cannot be known statically are not checked.
# custom:
#   id: TG-AWS-ECS-002
#   severity: medium
#   dimension: reliability
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["AU-2", "AU-12"]}
#   remediation: |
#     Send each container's output to CloudWatch Logs (or to a FireLens router):
#       resource "aws_ecs_task_definition" "app" {
#         family = "app"
#         container_definitions = jsonencode([{
#           name      = "app"
#           image     = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/app:1.4.2"
#           essential = true
#           logConfiguration = {
#             logDriver = "awslogs"
#             options = {
#               awslogs-group         = aws_cloudwatch_log_group.app.name
#               awslogs-region        = "eu-west-1"
#               awslogs-stream-prefix = "app"
#             }
#           }
#         }])
#       }
package tollgate.terraform.ecs_logging

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("aws_ecs_task_definition")
	not r.mode == "data"
	some c in containers(r)
	object.get(c, "logConfiguration", null) == null
	finding := {
		"resource": r.address,
		"path": ["container_definitions"],
		"message": sprintf("Container %s of ECS task definition %s has no logConfiguration, so its logs are lost with the task.", [label(c), r.address]),
	}
}

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
