# METADATA
# title: Auto Scaling groups span at least two availability zones
# description: An Auto Scaling group placed in a single subnet or availability zone loses every instance when that zone has an outage, and cannot launch replacements elsewhere. Groups whose subnets or zones are not known statically (parameters without defaults, Fn::GetAZs, imports) are not reported; subnets are counted, since a subnet lies in exactly one zone.
# custom:
#   id: TG-AWS-ASG-001
#   severity: high
#   dimension: reliability
#   kinds: [cloudformation]
#   frameworks: {aws-well-architected: ["REL10"]}
#   remediation: |
#     Give the group subnets in at least two availability zones:
#       WebGroup:
#         Type: AWS::AutoScaling::AutoScalingGroup
#         Properties:
#           MinSize: "2"
#           MaxSize: "6"
#           VPCZoneIdentifier:
#             - !Ref PrivateSubnetA
#             - !Ref PrivateSubnetB
#           LaunchTemplate:
#             LaunchTemplateId: !Ref WebLaunchTemplate
#             Version: !GetAtt WebLaunchTemplate.LatestVersionNumber
package tollgate.cloudformation.asg_multi_az

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::AutoScaling::AutoScalingGroup")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
	subnets := object.get(r.attributes, "VPCZoneIdentifier", null)
	zones := object.get(r.attributes, "AvailabilityZones", null)
	not both_absent(subnets, zones)
	short(subnets)
	short(zones)
	finding := {
		"resource": r.address,
		"path": [placement_attribute(subnets)],
		"message": sprintf("Auto Scaling group %s runs in a single subnet or availability zone, so one zone outage takes all its instances down.", [r.address]),
	}
}

# short(x) holds for a placement list that is absent or known to have fewer than two entries.
short(x) if x == null

short(x) if {
	is_array(x)
	count(x) < 2
}

# Without either list the subnets come from the launch template: not known here.
both_absent(subnets, zones) if {
	subnets in {null, []}
	zones in {null, []}
}

placement_attribute(subnets) := "VPCZoneIdentifier" if subnets != null

placement_attribute(subnets) := "AvailabilityZones" if subnets == null
