# METADATA
# title: Security groups do not expose SSH or RDP to the internet
# description: Ingress from 0.0.0.0/0 or ::/0 to port 22 or 3389 invites brute-force and exploit attempts on remote administration services.
# custom:
#   id: TG-AWS-EC2-001
#   severity: high
#   dimension: security
#   kinds: [terraform]
#   frameworks: {cis-aws-foundations: ["5.2", "5.3"], nist-800-53: ["SC-7"]}
#   remediation: |
#     Allow administration ports only from known networks (or use SSM Session Manager):
#       resource "aws_vpc_security_group_ingress_rule" "ssh" {
#         security_group_id = aws_security_group.bastion.id
#         cidr_ipv4         = "10.20.0.0/16"
#         ip_protocol       = "tcp"
#         from_port         = 22
#         to_port           = 22
#       }
package tollgate.terraform.sg_admin_ports_open

import rego.v1

import data.tollgate.lib

admin_ports := [22, 3389]

deny contains finding if {
	some rule in open_ingress
	ports := [format_int(port, 10) | some port in admin_ports; covers(rule, port)]
	count(ports) > 0
	finding := {
		"resource": rule.resource,
		"path": rule.path,
		"message": sprintf("%s allows ingress from %s to port %s.", [rule.resource, rule.cidr, concat(" and ", ports)]),
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

# covers(rule, port): the rule admits traffic to port. Unknown protocols or ports never match.
covers(rule, _) if all_protocols(rule.protocol)

covers(rule, port) if {
	port_protocol(rule.protocol)
	number(rule.from) <= port
	port <= number(rule.to)
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
