# METADATA
# title: Network ACLs do not open admin ports to the world
# description: A network ACL entry that allows inbound traffic from 0.0.0.0/0 or ::/0 to port 22 or 3389 lets the whole internet reach remote administration services in the subnet, limited only by security groups. An allow entry that a lower-numbered deny entry already blocks is not reported.
# custom:
#   id: TG-AWS-VPC-003
#   severity: medium
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {cis-aws-foundations: ["5.1"], nist-800-53: ["SC-7"]}
#   remediation: |
#     Allow administration ports only from known networks, or deny them before broader allow entries:
#       SshFromOffice:
#         Type: AWS::EC2::NetworkAclEntry
#         Properties:
#           NetworkAclId: !Ref PublicNetworkAcl
#           RuleNumber: 100
#           Egress: false
#           Protocol: 6
#           RuleAction: allow
#           CidrBlock: 203.0.113.0/24
#           PortRange:
#             From: 22
#             To: 22
package tollgate.cloudformation.nacl_admin_ports

import rego.v1

import data.tollgate.lib

admin_ports := [22, 3389]

cidr_keys := {"CidrBlock": "ipv4", "Ipv6CidrBlock": "ipv6"}

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
		"path": [key],
		"message": sprintf("%s allows inbound traffic from %s to port %s.", [e.resource, cidr, concat(" and ", ports)]),
	}
}

# entries: every inbound network ACL entry of the template.
entries contains entry if {
	some r in lib.resources("AWS::EC2::NetworkAclEntry")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
	egress := object.get(r.attributes, "Egress", false)
	not is_true(egress)
	not lib.is_unknown(egress)
	range := object.get(r.attributes, "PortRange", {})
	entry := {
		"resource": r.address,
		"acl": acl_key(object.get(r.attributes, "NetworkAclId", null)),
		"rule_no": object.get(r.attributes, "RuleNumber", null),
		"action": object.get(r.attributes, "RuleAction", null),
		"protocol": object.get(r.attributes, "Protocol", null),
		"from": port_bound(range, "From"),
		"to": port_bound(range, "To"),
		"cidrs": {key: object.get(r.attributes, key, null) | some key, _ in cidr_keys},
	}
}

port_bound(range, key) := object.get(range, key, null) if is_object(range)

port_bound(range, _) := range if not is_object(range)

# acl_key(x) names the network ACL an entry belongs to.
acl_key(x) := x.__ref__ if is_string(x.__ref__)

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

# An entry whose properties cannot be known at all may be such a deny.
shadowed(_, _, _) if {
	some r in lib.resources("AWS::EC2::NetworkAclEntry")
	lib.is_unknown(r.attributes)
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

all_protocols(p) if number(p) == -1

port_protocol(p) if number(p) in {6, 17}

is_true(x) if x == true

is_true(x) if lower_string(x) == "true"

lower_string(x) := lower(x) if is_string(x)

# number(x) is x as a number; CloudFormation accepts numbers as strings.
number(x) := x if is_number(x)

number(x) := to_number(x) if {
	is_string(x)
	regex.match(`^-?[0-9]+$`, x)
}
