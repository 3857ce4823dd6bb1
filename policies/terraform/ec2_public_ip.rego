# METADATA
# title: Instances do not get public IP addresses
# description: An instance with a public IP address is reachable from the internet as soon as a security group or network ACL allows it; workloads should sit in private subnets behind load balancers, NAT and Session Manager.
# custom:
#   id: TG-AWS-EC2-005
#   severity: medium
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SC-7"]}
#   remediation: |
#     Launch instances without a public address, in a private subnet:
#       resource "aws_instance" "app" {
#         ami                         = data.aws_ami.al2023.id
#         instance_type               = "t3.micro"
#         subnet_id                   = aws_subnet.private.id
#         associate_public_ip_address = false
#       }
package tollgate.terraform.ec2_public_ip

import rego.v1

deny contains finding if {
	some r in managed({"aws_instance", "aws_spot_instance_request", "aws_launch_configuration"})
	is_true(r.attributes.associate_public_ip_address)
	finding := {
		"resource": r.address,
		"path": ["associate_public_ip_address"],
		"message": sprintf("%s associates a public IP address with the instances it launches.", [r.address]),
	}
}

deny contains finding if {
	some r in managed({"aws_launch_template"})
	some i, nic in items(r.attributes.network_interfaces)
	is_object(nic)
	is_true(nic.associate_public_ip_address)
	finding := {
		"resource": r.address,
		"path": ["network_interfaces", i, "associate_public_ip_address"],
		"message": sprintf("Launch template %s associates a public IP address with the instances it launches.", [r.address]),
	}
}

# managed(types) is the set of managed (not data) resources of those types.
managed(types) := {r | some r in input.resources; r.type in types; object.get(r, "mode", "managed") == "managed"; is_object(r.attributes)}

# is_true(x) is a known true, as a boolean or as the string HCL coerces to one
# (launch templates take "true" and "false" strings).
is_true(x) if x == true

is_true(x) if {
	is_string(x)
	lower(x) == "true"
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
