# METADATA
# title: Security groups do not expose SSH or RDP to the internet
# description: A deployed security group with an inbound rule from 0.0.0.0/0 or ::/0 that covers port 22 or 3389 (a TCP or UDP range that includes it, or all protocols) invites brute-force and exploit attempts on remote administration services.
# custom:
#   id: TG-AWS-EC2-001
#   severity: high
#   dimension: security
#   kinds: [aws]
#   frameworks: {cis-aws-foundations: ["5.2", "5.3"], nist-800-53: ["SC-7"]}
#   remediation: |
#     Remove the inbound rule that admits the whole internet and allow administration only from
#     known networks (or drop it and use SSM Session Manager):
#       aws ec2 revoke-security-group-ingress --group-id sg-0123456789abcdef0 \
#         --ip-permissions 'IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=0.0.0.0/0}]'
#       aws ec2 authorize-security-group-ingress --group-id sg-0123456789abcdef0 \
#         --protocol tcp --port 22 --cidr 10.20.0.0/16
#     (for ::/0 use Ipv6Ranges=[{CidrIpv6=::/0}]). Then fix the code that deploys the group, or the
#     next deploy puts the rule back: in Terraform an aws_vpc_security_group_ingress_rule with
#     cidr_ipv4 = "10.20.0.0/16", in CloudFormation a SecurityGroupIngress CidrIp of the same range.
package tollgate.aws.sg_admin_ports_open

import rego.v1

import data.tollgate.lib

admin_ports := [22, 3389]

deny contains finding if {
	some rule in open_ingress
	ports := [format_int(port, 10) | some port in admin_ports; covers(rule.permission, port)]
	count(ports) > 0
	finding := {
		"resource": rule.resource.address,
		"path": rule.path,
		"message": sprintf("Security group %s in %s allows ingress from %s to port %s.", [label(rule.resource), region(rule.resource), rule.cidr, concat(" and ", ports)]),
	}
}

# open_ingress: every inbound permission of a security group from the whole internet, one entry
# per world CIDR. AWS Config records IPv4 ranges twice, as strings in ipRanges and as objects in
# ipv4Ranges; a CIDR listed in ipv4Ranges is reported there only.
open_ingress contains entry if {
	some r in groups
	some i, permission in items(object.get(r.configuration, "ipPermissions", null))
	is_object(permission)
	some range in world_ranges(permission)
	entry := {
		"resource": r,
		"permission": permission,
		"cidr": range.cidr,
		"path": array.concat(["configuration", "ipPermissions", i], range.path),
	}
}

world_ranges(permission) := {x |
	some j, range in items(object.get(permission, "ipv4Ranges", null))
	cidr := cidr_of(range, "cidrIp")
	lib.world_cidr(cidr)
	x := {"cidr": cidr, "path": ["ipv4Ranges", j, "cidrIp"]}
} | {x |
	some j, range in items(object.get(permission, "ipv6Ranges", null))
	cidr := cidr_of(range, "cidrIpv6")
	lib.world_cidr(cidr)
	x := {"cidr": cidr, "path": ["ipv6Ranges", j, "cidrIpv6"]}
} | {x |
	some j, range in items(object.get(permission, "ipRanges", null))
	cidr := cidr_of(range, "cidrIp")
	lib.world_cidr(cidr)
	not in_ipv4_ranges(permission, cidr)
	x := {"cidr": cidr, "path": ["ipRanges", j]}
}

in_ipv4_ranges(permission, cidr) if {
	some range in items(object.get(permission, "ipv4Ranges", null))
	cidr_of(range, "cidrIp") == cidr
}

# cidr_of(range, key): a range is a CIDR string or an object holding it under key.
cidr_of(range, _) := range if is_string(range)

cidr_of(range, key) := range[key] if {
	is_object(range)
	is_string(range[key])
}

# covers(permission, port): the permission admits traffic to port. ipProtocol "-1" is every
# protocol and port; fromPort/toPort may be numbers or strings.
covers(permission, _) if all_protocols(object.get(permission, "ipProtocol", null))

covers(permission, port) if {
	port_protocol(object.get(permission, "ipProtocol", null))
	number(object.get(permission, "fromPort", null)) <= port
	port <= number(object.get(permission, "toPort", null))
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

groups := {r |
	some r in input.resources
	r.type == "AWS::EC2::SecurityGroup"
	is_object(r.configuration)
}

# label(r): the group's name and id, e.g. "web (sg-0123456789abcdef0)".
label(r) := sprintf("%s (%s)", [r.configuration.groupName, ident(r)]) if has_group_name(r)

label(r) := ident(r) if not has_group_name(r)

has_group_name(r) if {
	is_string(r.configuration.groupName)
	r.configuration.groupName != ""
}

ident(r) := r.configuration.groupId if is_string(r.configuration.groupId)

ident(r) := r.id if {
	not is_string(r.configuration.groupId)
	is_string(r.id)
}

ident(r) := r.address if {
	not is_string(r.configuration.groupId)
	not is_string(r.id)
}

region(r) := r.region if is_string(r.region)

region(r) := object.get(input, "region", "its region") if not is_string(r.region)

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
