# METADATA
# title: Security groups do not admit all traffic from the internet
# description: An ingress rule from 0.0.0.0/0 or ::/0 for every protocol or every port exposes every service on the attached instances.
# custom:
#   id: TG-AWS-EC2-002
#   severity: critical
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SC-7"]}
#   remediation: |
#     Open only the ports the service needs, to the networks that need them:
#       resource "aws_vpc_security_group_ingress_rule" "https" {
#         security_group_id = aws_security_group.web.id
#         cidr_ipv4         = "0.0.0.0/0"
#         ip_protocol       = "tcp"
#         from_port         = 443
#         to_port           = 443
#       }
package tollgate.terraform.sg_all_traffic_open

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some rule in open_ingress
	all_protocols(rule.protocol)
	finding := {
		"resource": rule.resource,
		"path": rule.path,
		"message": sprintf("%s allows all traffic from %s.", [rule.resource, rule.cidr]),
	}
}

deny contains finding if {
	some rule in open_ingress
	port_protocol(rule.protocol)
	number(rule.from) <= 1
	number(rule.to) >= 65535
	finding := {
		"resource": rule.resource,
		"path": rule.path,
		"message": sprintf("%s allows every port from %s.", [rule.resource, rule.cidr]),
	}
}

# open_ingress: every ingress rule from the whole internet, one entry per world CIDR.
open_ingress contains entry if {
	some r in managed("aws_security_group")
	some i, ingress in items(r.attributes.ingress)
	is_object(ingress)
	some key in ["cidr_blocks", "ipv6_cidr_blocks"]
	some cidr in lib.as_list(ingress[key])
	lib.world_cidr(cidr)
	entry := {
		"resource": r.address,
		"path": ["ingress", i, key],
		"cidr": cidr,
		"protocol": object.get(ingress, "protocol", null),
		"from": object.get(ingress, "from_port", null),
		"to": object.get(ingress, "to_port", null),
	}
}

open_ingress contains entry if {
	some r in managed("aws_security_group_rule")
	r.attributes.type == "ingress"
	some key in ["cidr_blocks", "ipv6_cidr_blocks"]
	some cidr in lib.as_list(r.attributes[key])
	lib.world_cidr(cidr)
	entry := {
		"resource": r.address,
		"path": [key],
		"cidr": cidr,
		"protocol": object.get(r.attributes, "protocol", null),
		"from": object.get(r.attributes, "from_port", null),
		"to": object.get(r.attributes, "to_port", null),
	}
}

open_ingress contains entry if {
	some r in managed("aws_vpc_security_group_ingress_rule")
	some key in ["cidr_ipv4", "cidr_ipv6"]
	cidr := r.attributes[key]
	lib.world_cidr(cidr)
	entry := {
		"resource": r.address,
		"path": [key],
		"cidr": cidr,
		"protocol": object.get(r.attributes, "ip_protocol", null),
		"from": object.get(r.attributes, "from_port", null),
		"to": object.get(r.attributes, "to_port", null),
	}
}

all_protocols(p) if p == -1

all_protocols(p) if {
	is_string(p)
	lower(p) in {"-1", "all"}
}

port_protocol(p) if p in {6, 17}

port_protocol(p) if {
	is_string(p)
	lower(p) in {"tcp", "udp", "6", "17"}
}

number(x) := x if is_number(x)

number(x) := to_number(x) if {
	is_string(x)
	regex.match(`^-?[0-9]+$`, x)
}

# managed(t) is the set of managed (not data) resources of type t.
managed(t) := {r | some r in input.resources; r.type == t; object.get(r, "mode", "managed") == "managed"; is_object(r.attributes)}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
