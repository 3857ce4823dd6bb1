# METADATA
# title: ECS services keep capacity during deployments
# description: A deployment_minimum_healthy_percent below 50 lets a rolling deployment stop most of a service's running tasks before their replacements are healthy, so a service sized for its load loses more than half its capacity at every release, and all of it if the new revision does not start. Services with fewer than two desired tasks (or an unknown count), daemon services and services deployed by CodeDeploy or an external controller are not checked.
# custom:
#   id: TG-AWS-ECS-004
#   severity: low
#   dimension: deployment
#   kinds: [terraform]
#   frameworks: {}
#   remediation: |
#     Keep the running tasks until their replacements are healthy, and let the deployment add
#     tasks instead:
#       resource "aws_ecs_service" "api" {
#         name                               = "api"
#         cluster                            = aws_ecs_cluster.main.id
#         task_definition                    = aws_ecs_task_definition.api.arn
#         desired_count                      = 3
#         deployment_minimum_healthy_percent = 100
#         deployment_maximum_percent         = 200
#       }
package tollgate.terraform.ecs_min_healthy

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("aws_ecs_service")
	not r.mode == "data"
	is_object(r.attributes)
	not daemon(r)
	not other_controller(r)
	desired := number(r.attributes.desired_count)
	desired >= 2
	minimum := number(r.attributes.deployment_minimum_healthy_percent)
	minimum < 50
	finding := {
		"resource": r.address,
		"path": ["deployment_minimum_healthy_percent"],
		"message": sprintf("ECS service %s lets a deployment keep only %v%% of its %v tasks running (deployment_minimum_healthy_percent below 50).", [r.address, minimum, desired]),
	}
}

daemon(r) if r.attributes.scheduling_strategy == "DAEMON"

# other_controller(r) holds when CodeDeploy or an external controller deploys the service,
# or when the controller cannot be known.
other_controller(r) if {
	type := r.attributes.deployment_controller[0].type
	is_string(type)
	upper(type) in {"CODE_DEPLOY", "EXTERNAL"}
}

other_controller(r) if lib.is_unknown(r.attributes.deployment_controller)

other_controller(r) if lib.is_unknown(r.attributes.deployment_controller[0].type)

# number(x) is x as a number when it is a known number or numeric string.
number(x) := x if is_number(x)

number(x) := to_number(x) if {
	is_string(x)
	regex.match(`^\s*[0-9]+(\.[0-9]+)?\s*$`, x)
}
