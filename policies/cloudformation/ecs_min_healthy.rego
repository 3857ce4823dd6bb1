# METADATA
# title: ECS services keep capacity during deployments
# description: A MinimumHealthyPercent below 50 lets a rolling deployment stop most of a service's running tasks before their replacements are healthy, so a service sized for its load loses more than half its capacity at every release, and all of it if the new revision does not start. Services with fewer than two desired tasks (DesiredCount defaults to 1), daemon services and services deployed by CodeDeploy or an external controller are not checked.
# custom:
#   id: TG-AWS-ECS-004
#   severity: low
#   dimension: deployment
#   kinds: [cloudformation]
#   frameworks: {}
#   remediation: |
#     Keep the running tasks until their replacements are healthy, and let the deployment add
#     tasks instead:
#       ApiService:
#         Type: AWS::ECS::Service
#         Properties:
#           Cluster: !Ref Cluster
#           TaskDefinition: !Ref ApiTask
#           DesiredCount: 3
#           DeploymentConfiguration:
#             MinimumHealthyPercent: 100
#             MaximumPercent: 200
package tollgate.cloudformation.ecs_min_healthy

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::ECS::Service")
	is_object(r.attributes)
	not daemon(r)
	not other_controller(r)
	desired := number(r.attributes.DesiredCount)
	desired >= 2
	minimum := number(r.attributes.DeploymentConfiguration.MinimumHealthyPercent)
	minimum < 50
	finding := {
		"resource": r.address,
		"path": ["DeploymentConfiguration", "MinimumHealthyPercent"],
		"message": sprintf("ECS service %s lets a deployment keep only %v%% of its %v tasks running (MinimumHealthyPercent below 50).", [r.address, minimum, desired]),
	}
}

daemon(r) if r.attributes.SchedulingStrategy == "DAEMON"

# other_controller(r) holds when CodeDeploy or an external controller deploys the service,
# or when the controller cannot be known.
other_controller(r) if {
	type := r.attributes.DeploymentController.Type
	is_string(type)
	upper(type) in {"CODE_DEPLOY", "EXTERNAL"}
}

other_controller(r) if lib.is_unknown(r.attributes.DeploymentController)

other_controller(r) if lib.is_unknown(r.attributes.DeploymentController.Type)

# number(x) is x as a number when it is a known number or numeric string.
number(x) := x if is_number(x)

number(x) := to_number(x) if {
	is_string(x)
	regex.match(`^\s*[0-9]+(\.[0-9]+)?\s*$`, x)
}
