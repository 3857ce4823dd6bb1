# METADATA
# title: Auto Scaling groups use launch templates
# description: Launch configurations are deprecated; AWS no longer adds instance types or features to them (IMDSv2 defaults, mixed instances, Spot allocation, newer instance families) and new accounts cannot create them. An Auto Scaling group on a launch configuration cannot be changed without replacing it, while launch templates are versioned.
# custom:
#   id: TG-AWS-ASG-003
#   severity: low
#   dimension: automation
#   kinds: [cloudformation]
#   frameworks: {}
#   remediation: |
#     Replace the launch configuration with a launch template:
#       WebLaunchTemplate:
#         Type: AWS::EC2::LaunchTemplate
#         Properties:
#           LaunchTemplateData:
#             ImageId: !Ref ImageId
#             InstanceType: t3.medium
#             MetadataOptions:
#               HttpTokens: required
#       WebGroup:
#         Type: AWS::AutoScaling::AutoScalingGroup
#         Properties:
#           MinSize: "2"
#           MaxSize: "6"
#           VPCZoneIdentifier: !Ref PrivateSubnets
#           LaunchTemplate:
#             LaunchTemplateId: !Ref WebLaunchTemplate
#             Version: !GetAtt WebLaunchTemplate.LatestVersionNumber
package tollgate.cloudformation.asg_launch_template

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::AutoScaling::AutoScalingGroup")
	is_object(r.attributes)
	uses_launch_configuration(object.get(r.attributes, "LaunchConfigurationName", null))
	finding := {
		"resource": r.address,
		"path": ["LaunchConfigurationName"],
		"message": sprintf("Auto Scaling group %s uses a launch configuration instead of a launch template.", [r.address]),
	}
}

# uses_launch_configuration(x) holds for a launch configuration name, or a direct reference to
# one; a condition that cannot be known (which may remove the property) is not.
uses_launch_configuration(x) if {
	is_string(x)
	x != ""
}

uses_launch_configuration(x) if {
	lib.is_unknown(x)
	is_string(x.__ref__)
}
