# METADATA
# title: Containers do not run privileged
# description: A privileged container has every capability and every device of the host it runs on (Kubernetes node, ECS container instance, Docker host); escaping it to the host, and to every other workload placed there, is trivial. ECS task definitions whose container definitions cannot be known statically are not checked.
# custom:
#   id: TG-CONTAINER-001
#   severity: critical
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["AC-6", "CM-7"]}
#   remediation: |
#     Remove "privileged" from the container definition and add only the Linux capabilities the
#     process needs:
#       resource "aws_ecs_task_definition" "app" {
#         family = "app"
#         container_definitions = jsonencode([{
#           name       = "app"
#           image      = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/app:1.4.2"
#           essential  = true
#           privileged = false
#           linuxParameters = {
#             capabilities = { drop = ["ALL"], add = ["NET_BIND_SERVICE"] }
#           }
#         }])
#       }
package tollgate.terraform.ecs_privileged

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("aws_ecs_task_definition")
	not r.mode == "data"
	some c in containers(r)
	c.privileged == true
	finding := {
		"resource": r.address,
		"path": ["container_definitions"],
		"message": sprintf("Container %s of ECS task definition %s runs privileged.", [label(c), r.address]),
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
