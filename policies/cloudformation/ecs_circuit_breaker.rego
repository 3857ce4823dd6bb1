# METADATA
# title: ECS services roll back failed deployments automatically
# description: Without the deployment circuit breaker (with rollback) or CloudWatch alarm rollback, an ECS rolling deployment whose new tasks never become healthy keeps replacing them until someone notices, and the service stays on the broken revision. Services deployed by CodeDeploy or an external controller manage rollback there and are not checked.
# custom:
#   id: TG-AWS-ECS-003
#   severity: medium
#   dimension: deployment
#   kinds: [cloudformation]
#   frameworks: {aws-well-architected: ["OPS06"]}
#   remediation: |
#     Turn on the deployment circuit breaker with rollback:
#       ApiService:
#         Type: AWS::ECS::Service
#         Properties:
#           Cluster: !Ref Cluster
#           TaskDefinition: !Ref ApiTask
#           DesiredCount: 3
#           DeploymentConfiguration:
#             DeploymentCircuitBreaker:
#               Enable: true
#               Rollback: true
package tollgate.cloudformation.ecs_circuit_breaker

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in services
	not unknown_along(r.attributes, ["DeploymentConfiguration", "DeploymentCircuitBreaker"])
	object.get(r.attributes, ["DeploymentConfiguration", "DeploymentCircuitBreaker"], null) == null
	finding := {
		"resource": r.address,
		"path": ["DeploymentConfiguration", "DeploymentCircuitBreaker"],
		"message": sprintf("ECS service %s has no deployment circuit breaker, so a failed deployment is not rolled back automatically.", [r.address]),
	}
}

deny contains finding if {
	some r in services
	breaker := r.attributes.DeploymentConfiguration.DeploymentCircuitBreaker
	is_object(breaker)
	not lib.is_unknown(breaker)
	some setting in ["Enable", "Rollback"]
	not_true(object.get(breaker, setting, null))
	finding := {
		"resource": r.address,
		"path": ["DeploymentConfiguration", "DeploymentCircuitBreaker", setting],
		"message": sprintf("ECS service %s does not set %s in its deployment circuit breaker, so a failed deployment is not rolled back automatically.", [r.address, setting]),
	}
}

# services are the ECS services deployed by ECS itself that no alarm rolls back.
services contains r if {
	some r in lib.resources("AWS::ECS::Service")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
	not other_controller(r)
	not alarm_rollback(r)
}

# other_controller(r) holds when CodeDeploy or an external controller deploys the service,
# or when the controller cannot be known.
other_controller(r) if {
	type := r.attributes.DeploymentController.Type
	is_string(type)
	upper(type) in {"CODE_DEPLOY", "EXTERNAL"}
}

other_controller(r) if unknown_along(r.attributes, ["DeploymentController", "Type"])

# alarm_rollback(r) holds when CloudWatch alarms roll the deployment back, or may.
alarm_rollback(r) if unknown_along(r.attributes, ["DeploymentConfiguration", "Alarms"])

alarm_rollback(r) if {
	alarms := r.attributes.DeploymentConfiguration.Alarms
	is_object(alarms)
	not not_true(object.get(alarms, "Enable", null))
	not not_true(object.get(alarms, "Rollback", null))
}

# not_true(x) holds for a setting known not to be true (absent counts as false).
not_true(x) if x == null

not_true(x) if x == false

not_true(x) if {
	is_string(x)
	lower(x) == "false"
}

# unknown_along(x, path) holds when some step of path inside x is an unknown value.
unknown_along(x, path) if {
	some n in numbers.range(1, count(path))
	lib.is_unknown(object.get(x, array.slice(path, 0, n), null))
}
