# METADATA
# title: Containers do not run privileged
# description: A privileged container has every capability and every device of the host it runs on (Kubernetes node, ECS container instance, Docker host); escaping it to the host, and to every other workload placed there, is trivial.
# custom:
#   id: TG-CONTAINER-001
#   severity: critical
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["AC-6", "CM-7"]}
#   remediation: |
#     Remove Privileged from the container definition and add only the Linux capabilities the
#     process needs:
#       AppTask:
#         Type: AWS::ECS::TaskDefinition
#         Properties:
#           Family: app
#           ContainerDefinitions:
#             - Name: app
#               Image: 111122223333.dkr.ecr.eu-west-1.amazonaws.com/app:1.4.2
#               Essential: true
#               Privileged: false
#               LinuxParameters:
#                 Capabilities:
#                   Drop: [ALL]
#                   Add: [NET_BIND_SERVICE]
package tollgate.cloudformation.ecs_privileged

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::ECS::TaskDefinition")
	is_object(r.attributes)
	some i, c in items(r.attributes.ContainerDefinitions)
	is_object(c)
	known_true(c.Privileged)
	finding := {
		"resource": r.address,
		"path": ["ContainerDefinitions", i, "Privileged"],
		"message": sprintf("Container %s of ECS task definition %s runs privileged.", [label(c), r.address]),
	}
}

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
