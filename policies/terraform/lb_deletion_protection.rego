# METADATA
# title: Load balancers have deletion protection
# description: Without deletion protection a load balancer, and every service behind it, can be taken offline by one mistaken destroy or console click.
# custom:
#   id: TG-AWS-ELB-003
#   severity: low
#   dimension: reliability
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["CP-10"]}
#   remediation: |
#     Turn on deletion protection (turn it off in a separate apply before a deliberate destroy):
#       resource "aws_lb" "app" {
#         name                       = "app"
#         load_balancer_type         = "application"
#         subnets                    = var.public_subnet_ids
#         enable_deletion_protection = true
#       }
package tollgate.terraform.lb_deletion_protection

import rego.v1

import data.tollgate.lib

load_balancers := lib.resources("aws_lb") | lib.resources("aws_alb")

deny contains finding if {
	some r in load_balancers
	managed(r)
	not_enabled(object.get(attributes(r), "enable_deletion_protection", null))
	finding := {
		"resource": r.address,
		"path": ["enable_deletion_protection"],
		"message": sprintf("Load balancer %s can be deleted without first turning off deletion protection.", [r.address]),
	}
}

# attributes(r) is the resource's attributes, {} when it has none.
attributes(r) := r.attributes if is_object(r.attributes)

attributes(r) := {} if not is_object(r.attributes)

# managed(r) leaves out data sources, which only read existing infrastructure.
managed(r) if {
	not r.mode == "data"
}

# is_true(x) is a known true, as a boolean or as the string HCL coerces to one.
is_true(x) if x == true

is_true(x) if {
	is_string(x)
	lower(x) == "true"
}

# not_enabled(x) is true when x is known and not true; an absent setting (null) counts.
not_enabled(x) if {
	not lib.is_unknown(x)
	not is_true(x)
}
