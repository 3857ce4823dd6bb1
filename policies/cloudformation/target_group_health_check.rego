# METADATA
# title: Target groups check target health
# description: With health checks turned off a target group keeps sending traffic to targets that have crashed or are still starting, and deployments cannot tell a healthy new version from a broken one. An absent HealthCheckEnabled keeps the default checks on; Lambda target groups, where checks are optional, are not checked.
# custom:
#   id: TG-AWS-ELB-007
#   severity: medium
#   dimension: deployment
#   kinds: [cloudformation]
#   frameworks: {aws-well-architected: ["REL11"]}
#   remediation: |
#     Keep health checks on and point them at a real health endpoint:
#       AppTargetGroup:
#         Type: AWS::ElasticLoadBalancingV2::TargetGroup
#         Properties:
#           Port: 8080
#           Protocol: HTTP
#           VpcId: !Ref VpcId
#           HealthCheckEnabled: true
#           HealthCheckPath: /healthz
#           Matcher:
#             HttpCode: "200"
package tollgate.cloudformation.target_group_health_check

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::ElasticLoadBalancingV2::TargetGroup")
	is_object(r.attributes)
	target_type := object.get(r.attributes, "TargetType", "instance")
	is_string(target_type)
	lower(target_type) != "lambda"
	is_false(r.attributes.HealthCheckEnabled)
	finding := {
		"resource": r.address,
		"path": ["HealthCheckEnabled"],
		"message": sprintf("Target group %s turns health checks off.", [r.address]),
	}
}

# is_false(x) is a known false, as a boolean or as the string templates often use.
is_false(x) if lib.is_false(x)

is_false(x) if {
	is_string(x)
	lower(x) == "false"
}
