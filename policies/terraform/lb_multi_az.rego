# METADATA
# title: Load balancers span at least two availability zones
# description: A load balancer placed in a single subnet lives in a single availability zone and goes down with it, taking every target behind it offline. Subnet lists that cannot be known statically are not reported.
# custom:
#   id: TG-AWS-ELB-006
#   severity: medium
#   dimension: reliability
#   kinds: [terraform]
#   frameworks: {aws-well-architected: ["REL10"]}
#   remediation: |
#     Place the load balancer in subnets of at least two availability zones:
#       resource "aws_lb" "app" {
#         name               = "app"
#         load_balancer_type = "application"
#         subnets            = [aws_subnet.public_a.id, aws_subnet.public_b.id]
#       }
package tollgate.terraform.lb_multi_az

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in input.resources
	r.type in {"aws_lb", "aws_alb"}
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
	subnets := list_or_empty(object.get(r.attributes, "subnets", null))
	mappings := list_or_empty(object.get(r.attributes, "subnet_mapping", null))
	placed := max([count({s | some s in subnets}), count(mappings)])
	placed < 2
	finding := {
		"resource": r.address,
		"path": path(r, mappings),
		"message": sprintf("Load balancer %s is placed in %d subnet(s), so it does not span two availability zones.", [r.address, placed]),
	}
}

# list_or_empty(x): a known list as is, null as an empty list; undefined for an unknown value.
list_or_empty(x) := x if {
	is_array(x)
	not some_unknown_list(x)
}

list_or_empty(x) := [] if x == null

# A nested list (a splat of lists not yet flattened) cannot be counted.
some_unknown_list(x) if {
	some item in x
	is_array(item)
}

path(_, mappings) := ["subnet_mapping"] if count(mappings) > 0

path(r, mappings) := ["subnets"] if {
	count(mappings) == 0
	object.get(r.attributes, "subnets", null) != null
}

path(r, mappings) := [] if {
	count(mappings) == 0
	object.get(r.attributes, "subnets", null) == null
}
