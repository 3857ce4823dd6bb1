# METADATA
# title: Network ACLs do not open admin ports to the world
# description: A network ACL entry that allows inbound traffic from 0.0.0.0/0 or ::/0 to port 22 or 3389 lets the whole internet reach remote administration services in the subnet, limited only by security groups. An allow entry that a lower-numbered deny entry already blocks is not reported.
# custom:
#   id: TG-AWS-VPC-003
#   severity: medium
#   dimension: security
#   kinds: [terraform]
#   frameworks: {cis-aws-foundations: ["5.1"], nist-800-53: ["SC-7"]}
#   remediation: |
#     Allow administration ports only from known networks, or deny them before broader allow entries:
#       resource "aws_network_acl_rule" "ssh_office" {
#         network_acl_id = aws_network_acl.public.id
#         rule_number    = 100
#         egress         = false
#         protocol       = "tcp"
#         rule_action    = "allow"
#         cidr_block     = "203.0.113.0/24"
#         from_port      = 22
#         to_port        = 22
#       }
package tollgate.terraform.nacl_admin_ports

import rego.v1

import data.tollgate.lib

admin_ports := [22, 3389]

cidr_keys := {"cidr_block": "ipv4", "ipv6_cidr_block": "ipv6"}

deny contains finding if {
	some e in entries
	lower_string(e.action) == "allow"
	some key, family in cidr_keys
	cidr := e.cidrs[key]
	lib.world_cidr(cidr)
	ports := [format_int(port, 10) | some port in admin_ports; covers(e, port); not shadowed(e, family, port)]
	count(ports) > 0
	finding := {
		"resource": e.resource,
		"path": array.concat(e.base, [key]),
		"message": sprintf("%s allows inbound traffic from %s to port %s.", [e.resource, cidr, concat(" and ", ports)]),
	}
}

# entries: every inbound network ACL entry, inline or as a separate rule resource.
entries contains entry if {
	some r in managed("aws_network_acl") | managed("aws_default_network_acl")
	some i, rule in items(r.attributes.ingress)
	is_object(rule)
	not lib.is_unknown(rule)
	entry := {
		"resource": r.address,
		"acl": r.address,
		"base": ["ingress", i],
		"rule_no": object.get(rule, "rule_no", null),
		"action": object.get(rule, "action", null),
		"protocol": object.get(rule, "protocol", null),
		"from": object.get(rule, "from_port", null),
		"to": object.get(rule, "to_port", null),
		"cidrs": {key: object.get(rule, key, null) | some key, _ in cidr_keys},
	}
}

entries contains entry if {
	some r in managed("aws_network_acl_rule")
	egress := object.get(r.attributes, "egress", false)
	not egress == true
	not lib.is_unknown(egress)
	entry := {
		"resource": r.address,
		"acl": acl_key(object.get(r.attributes, "network_acl_id", null)),
		"base": [],
		"rule_no": object.get(r.attributes, "rule_number", null),
		"action": object.get(r.attributes, "rule_action", null),
		"protocol": object.get(r.attributes, "protocol", null),
		"from": object.get(r.attributes, "from_port", null),
		"to": object.get(r.attributes, "to_port", null),
		"cidrs": {key: object.get(r.attributes, key, null) | some key, _ in cidr_keys},
	}
}

# acl_key(x) names the network ACL an entry belongs to.
acl_key(x) := regex.replace(x.__ref__, `\[[^\]]*\]$`, "") if is_string(x.__ref__)

acl_key(x) := json.marshal(x) if not x.__ref__

# shadowed(e, family, port): an entry of the same ACL evaluated before e denies, or may deny,
# the same world traffic to port. Entries that cannot be known are assumed to.
shadowed(e, family, port) if {
	some d in entries
	d.acl == e.acl
	d != e
	maybe_deny(d.action)
	maybe_before(d.rule_no, e.rule_no)
	maybe_world(d, family)
	maybe_covers(d, port)
}

maybe_deny(action) if lower_string(action) == "deny"

maybe_deny(action) if lib.is_unknown(action)

maybe_before(a, b) if number(a) < number(b)

maybe_before(a, _) if not number(a)

maybe_before(_, b) if not number(b)

maybe_world(d, family) if {
	some key, f in cidr_keys
	f == family
	lib.world_cidr(d.cidrs[key])
}

maybe_world(d, family) if {
	some key, f in cidr_keys
	f == family
	lib.is_unknown(d.cidrs[key])
}

maybe_covers(d, port) if covers(d, port)

maybe_covers(d, _) if lib.is_unknown(d.protocol)

maybe_covers(d, _) if {
	port_protocol(d.protocol)
	not number(d.from)
}

maybe_covers(d, _) if {
	port_protocol(d.protocol)
	not number(d.to)
}

# covers(e, port): the entry matches traffic to port. Unknown protocols or ports never match.
covers(e, _) if all_protocols(e.protocol)

covers(e, port) if {
	port_protocol(e.protocol)
	number(e.from) <= port
	port <= number(e.to)
}

all_protocols(p) if p == -1

all_protocols(p) if lower_string(p) in {"-1", "all"}

port_protocol(p) if p in {6, 17}

port_protocol(p) if lower_string(p) in {"tcp", "udp", "6", "17"}

lower_string(x) := lower(x) if is_string(x)

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
