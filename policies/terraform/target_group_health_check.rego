# METADATA
# title: Target groups check target health
# description: With health checks turned off a target group keeps sending traffic to targets that have crashed or are still starting, and deployments cannot tell a healthy new version from a broken one. An absent health_check block keeps the default checks on; Lambda target groups, where checks are optional, are not checked.
# custom:
#   id: TG-AWS-ELB-007
#   severity: medium
#   dimension: deployment
#   kinds: [terraform]
#   frameworks: {aws-well-architected: ["REL11"]}
#   remediation: |
#     Keep health checks on and point them at a real health endpoint:
#       resource "aws_lb_target_group" "app" {
#         name     = "app"
#         port     = 8080
#         protocol = "HTTP"
#         vpc_id   = aws_vpc.main.id
#         health_check {
#           enabled = true
#           path    = "/healthz"
#           matcher = "200"
#         }
#       }
package tollgate.terraform.target_group_health_check

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in input.resources
	r.type in {"aws_lb_target_group", "aws_alb_target_group"}
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	target_type := object.get(r.attributes, "target_type", "instance")
	is_string(target_type)
	lower(target_type) != "lambda"
	some i, check in items(r.attributes.health_check)
	is_object(check)
	is_false(check.enabled)
	finding := {
		"resource": r.address,
		"path": ["health_check", i, "enabled"],
		"message": sprintf("Target group %s turns health checks off.", [r.address]),
	}
}

# is_false(x) is a known false, as a boolean or as the string HCL coerces to one.
is_false(x) if lib.is_false(x)

is_false(x) if {
	is_string(x)
	lower(x) == "false"
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
