# METADATA
# title: Instances do not get public IP addresses
# description: An instance with a public IP address is reachable from the internet as soon as a security group or network ACL allows it; workloads should sit in private subnets behind load balancers, NAT and Session Manager.
# custom:
#   id: TG-AWS-EC2-005
#   severity: medium
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SC-7"]}
#   remediation: |
#     Launch instances without a public address, in a private subnet:
#       AppLaunchTemplate:
#         Type: AWS::EC2::LaunchTemplate
#         Properties:
#           LaunchTemplateData:
#             ImageId: !Ref AmiId
#             NetworkInterfaces:
#               - DeviceIndex: 0
#                 AssociatePublicIpAddress: false
#                 SubnetId: !Ref PrivateSubnet
package tollgate.cloudformation.ec2_public_ip

import rego.v1

import data.tollgate.lib

# interface_lists: each list of network interfaces, with its resource and path.
interface_lists contains {"resource": r, "base": ["NetworkInterfaces"], "list": r.attributes.NetworkInterfaces} if {
	some r in lib.resources("AWS::EC2::Instance")
	is_object(r.attributes)
}

interface_lists contains {"resource": r, "base": ["LaunchTemplateData", "NetworkInterfaces"], "list": r.attributes.LaunchTemplateData.NetworkInterfaces} if {
	some r in lib.resources("AWS::EC2::LaunchTemplate")
	is_object(r.attributes)
	is_object(r.attributes.LaunchTemplateData)
}

deny contains finding if {
	some l in interface_lists
	some i, nic in items(l.list)
	is_object(nic)
	is_true(nic.AssociatePublicIpAddress)
	finding := {
		"resource": l.resource.address,
		"path": array.concat(l.base, [i, "AssociatePublicIpAddress"]),
		"message": sprintf("%s associates a public IP address with the instances it launches.", [l.resource.address]),
	}
}

deny contains finding if {
	some r in lib.resources("AWS::AutoScaling::LaunchConfiguration")
	is_object(r.attributes)
	is_true(r.attributes.AssociatePublicIpAddress)
	finding := {
		"resource": r.address,
		"path": ["AssociatePublicIpAddress"],
		"message": sprintf("%s associates a public IP address with the instances it launches.", [r.address]),
	}
}

# is_true(x) is a known true, as a boolean or as the string templates often use.
is_true(x) if x == true

is_true(x) if {
	is_string(x)
	lower(x) == "true"
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
