# METADATA
# title: Subnets do not assign public IPs by default
# description: A subnet that maps public IP addresses on launch gives every instance started in it an address reachable from the internet, whether or not the instance was meant to be exposed. Load balancers and NAT gateways do not need the setting.
# custom:
#   id: TG-AWS-VPC-004
#   severity: low
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SC-7"]}
#   remediation: |
#     Leave public addresses off by default and assign them (or Elastic IPs) only where needed:
#       resource "aws_subnet" "public" {
#         vpc_id                  = aws_vpc.main.id
#         cidr_block              = "10.20.0.0/24"
#         map_public_ip_on_launch = false
#       }
package tollgate.terraform.subnet_public_ip

import rego.v1

deny contains finding if {
	some r in input.resources
	r.type in {"aws_subnet", "aws_default_subnet"}
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	is_true(r.attributes.map_public_ip_on_launch)
	finding := {
		"resource": r.address,
		"path": ["map_public_ip_on_launch"],
		"message": sprintf("Subnet %s assigns a public IP address to every instance launched in it.", [r.address]),
	}
}

# is_true(x) is a known true, as a boolean or as the string HCL coerces to one.
is_true(x) if x == true

is_true(x) if {
	is_string(x)
	lower(x) == "true"
}
