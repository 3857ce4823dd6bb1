# METADATA
# title: Application load balancers drop invalid headers
# description: By default an application load balancer forwards HTTP headers whose names are not valid, which back ends may parse differently from the load balancer and which request smuggling and header injection attacks rely on. Network and gateway load balancers do not parse HTTP and are not checked.
# custom:
#   id: TG-AWS-ELB-005
#   severity: medium
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SI-10"]}
#   remediation: |
#     Drop headers with invalid names before they reach the targets:
#       resource "aws_lb" "app" {
#         name                       = "app"
#         load_balancer_type         = "application"
#         subnets                    = var.public_subnet_ids
#         drop_invalid_header_fields = true
#       }
package tollgate.terraform.lb_drop_invalid_headers

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in input.resources
	r.type in {"aws_lb", "aws_alb"}
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
	lb_type := object.get(r.attributes, "load_balancer_type", "application")
	is_string(lb_type)
	lower(lb_type) == "application"
	value := object.get(r.attributes, "drop_invalid_header_fields", null)
	not lib.is_unknown(value)
	not is_true(value)
	finding := {
		"resource": r.address,
		"path": ["drop_invalid_header_fields"],
		"message": sprintf("Application load balancer %s forwards headers with invalid names: drop_invalid_header_fields is not true.", [r.address]),
	}
}

# is_true(x) is a known true, as a boolean or as the string HCL coerces to one.
is_true(x) if x == true

is_true(x) if {
	is_string(x)
	lower(x) == "true"
}
