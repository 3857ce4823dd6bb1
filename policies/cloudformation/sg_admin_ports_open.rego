# METADATA
# title: Security groups do not expose SSH or RDP to the internet
# description: Ingress from 0.0.0.0/0 or ::/0 to port 22 or 3389 invites brute-force and exploit attempts on remote administration services.
# custom:
#   id: TG-AWS-EC2-001
#   severity: high
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {cis-aws-foundations: ["5.2", "5.3"], nist-800-53: ["SC-7"]}
#   remediation: |
#     Allow administration ports only from known networks (or use SSM Session Manager):
#       BastionSecurityGroup:
#         Type: AWS::EC2::SecurityGroup
#         Properties:
#           GroupDescription: SSH from the office
#           VpcId: !Ref VpcId
#           SecurityGroupIngress:
#             - IpProtocol: tcp
#               FromPort: 22
#               ToPort: 22
#               CidrIp: 10.20.0.0/16
package tollgate.cloudformation.sg_admin_ports_open

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

# covers(rule, port): the rule admits traffic to port. Unknown protocols or ports never match.
covers(rule, _) if all_protocols(rule.protocol)

covers(rule, port) if {
	port_protocol(rule.protocol)
	number(rule.from) <= port
	port <= number(rule.to)
}

# open_ingress: every ingress rule from the whole internet, one entry per world CIDR.
open_ingress contains entry if {
	some r in lib.resources("AWS::EC2::SecurityGroup")
	some i, ingress in items(r.attributes.SecurityGroupIngress)
	is_object(ingress)
	some key in ["CidrIp", "CidrIpv6"]
	cidr := ingress[key]
	lib.world_cidr(cidr)
	entry := {
		"resource": r.address,
		"path": ["SecurityGroupIngress", i, key],
		"cidr": cidr,
		"protocol": object.get(ingress, "IpProtocol", null),
		"from": object.get(ingress, "FromPort", null),
		"to": object.get(ingress, "ToPort", null),
	}
}

open_ingress contains entry if {
	some r in lib.resources("AWS::EC2::SecurityGroupIngress")
	some key in ["CidrIp", "CidrIpv6"]
	cidr := r.attributes[key]
	lib.world_cidr(cidr)
	entry := {
		"resource": r.address,
		"path": [key],
		"cidr": cidr,
		"protocol": object.get(r.attributes, "IpProtocol", null),
		"from": object.get(r.attributes, "FromPort", null),
		"to": object.get(r.attributes, "ToPort", null),
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

# number(x) is x as a number; CloudFormation accepts ports as strings.
number(x) := x if is_number(x)

number(x) := to_number(x) if {
	is_string(x)
	regex.match(`^-?[0-9]+$`, x)
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
