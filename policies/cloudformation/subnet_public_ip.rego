# METADATA
# title: Subnets do not assign public IPs by default
# description: A subnet that maps public IP addresses on launch gives every instance started in it an address reachable from the internet, whether or not the instance was meant to be exposed. Load balancers and NAT gateways do not need the setting.
# custom:
#   id: TG-AWS-VPC-004
#   severity: low
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SC-7"]}
#   remediation: |
#     Leave public addresses off by default and assign them (or Elastic IPs) only where needed:
#       PublicSubnet:
#         Type: AWS::EC2::Subnet
#         Properties:
#           VpcId: !Ref Vpc
#           CidrBlock: 10.20.0.0/24
#           MapPublicIpOnLaunch: false
package tollgate.cloudformation.subnet_public_ip

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::EC2::Subnet")
	is_object(r.attributes)
	is_true(r.attributes.MapPublicIpOnLaunch)
	finding := {
		"resource": r.address,
		"path": ["MapPublicIpOnLaunch"],
		"message": sprintf("Subnet %s assigns a public IP address to every instance launched in it.", [r.address]),
	}
}

# is_true(x) is a known true, as a boolean or as the string templates often use.
is_true(x) if x == true

is_true(x) if {
	is_string(x)
	lower(x) == "true"
}
