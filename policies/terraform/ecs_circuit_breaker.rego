# METADATA
# title: ECS services roll back failed deployments automatically
# description: Without the deployment circuit breaker (with rollback) or CloudWatch alarm rollback, an ECS rolling deployment whose new tasks never become healthy keeps replacing them until someone notices, and the service stays on the broken revision. Services deployed by CodeDeploy or an external controller manage rollback there and are not checked.
# custom:
#   id: TG-AWS-ECS-003
#   severity: medium
#   dimension: deployment
#   kinds: [terraform]
#   frameworks: {aws-well-architected: ["OPS06"]}
#   remediation: |
#     Turn on the deployment circuit breaker with rollback:
#       resource "aws_ecs_service" "api" {
#         name            = "api"
#         cluster         = aws_ecs_cluster.main.id
#         task_definition = aws_ecs_task_definition.api.arn
#         desired_count   = 3
#         deployment_circuit_breaker {
#           enable   = true
#           rollback = true
#         }
#       }
package tollgate.terraform.ecs_circuit_breaker

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in services
	absent(object.get(r.attributes, "deployment_circuit_breaker", null))
	finding := {
		"resource": r.address,
		"path": ["deployment_circuit_breaker"],
		"message": sprintf("ECS service %s has no deployment circuit breaker, so a failed deployment is not rolled back automatically.", [r.address]),
	}
}

deny contains finding if {
	some r in services
	some i, breaker in items(r.attributes.deployment_circuit_breaker)
	is_object(breaker)
	some setting in ["enable", "rollback"]
	not_true(object.get(breaker, setting, null))
	finding := {
		"resource": r.address,
		"path": ["deployment_circuit_breaker", i, setting],
		"message": sprintf("ECS service %s does not set %s in its deployment circuit breaker, so a failed deployment is not rolled back automatically.", [r.address, setting]),
	}
}

# services are the ECS services deployed by ECS itself that no alarm rolls back.
services contains r if {
	some r in lib.resources("aws_ecs_service")
	not r.mode == "data"
	is_object(r.attributes)
	not other_controller(r)
	not alarm_rollback(r)
}

# other_controller(r) holds when CodeDeploy or an external controller deploys the service,
# or when the controller cannot be known.
other_controller(r) if {
	type := r.attributes.deployment_controller[0].type
	is_string(type)
	upper(type) in {"CODE_DEPLOY", "EXTERNAL"}
}

other_controller(r) if lib.is_unknown(r.attributes.deployment_controller)

other_controller(r) if lib.is_unknown(r.attributes.deployment_controller[0].type)

# alarm_rollback(r) holds when CloudWatch alarms roll the deployment back, or may.
alarm_rollback(r) if lib.is_unknown(r.attributes.alarms)

alarm_rollback(r) if {
	some alarms in items(r.attributes.alarms)
	is_object(alarms)
	not not_true(object.get(alarms, "enable", null))
	not not_true(object.get(alarms, "rollback", null))
}

# not_true(x) holds for a setting known not to be true (absent counts as false).
not_true(x) if x == null

not_true(x) if x == false

not_true(x) if {
	is_string(x)
	lower(x) == "false"
}

# absent(x) holds for a block that is not written (or a dynamic block with nothing to expand).
absent(x) if x == null

absent(x) if x == []

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
