# METADATA
# title: Security groups do not admit all traffic from the internet
# description: An ingress rule from 0.0.0.0/0 or ::/0 for every protocol or every port exposes every service on the attached instances.
# custom:
#   id: TG-AWS-EC2-002
#   severity: critical
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SC-7"]}
#   remediation: |
#     Open only the ports the service needs, to the networks that need them:
#       WebSecurityGroup:
#         Type: AWS::EC2::SecurityGroup
#         Properties:
#           GroupDescription: HTTPS from anywhere
#           VpcId: !Ref VpcId
#           SecurityGroupIngress:
#             - IpProtocol: tcp
#               FromPort: 443
#               ToPort: 443
#               CidrIp: 0.0.0.0/0
package tollgate.cloudformation.sg_all_traffic_open

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
