# METADATA
# title: Auto Scaling groups span at least two availability zones
# description: An Auto Scaling group placed in a single subnet or availability zone loses every instance when that zone has an outage, and cannot launch replacements elsewhere. Groups whose subnets or zones are not known statically (data sources, variables without defaults) are not reported; subnets are counted, since a subnet lies in exactly one zone.
# custom:
#   id: TG-AWS-ASG-001
#   severity: high
#   dimension: reliability
#   kinds: [terraform]
#   frameworks: {aws-well-architected: ["REL10"]}
#   remediation: |
#     Give the group subnets in at least two availability zones:
#       resource "aws_autoscaling_group" "web" {
#         name                = "web"
#         min_size            = 2
#         max_size            = 6
#         vpc_zone_identifier = [aws_subnet.private_a.id, aws_subnet.private_b.id, aws_subnet.private_c.id]
#         launch_template {
#           id      = aws_launch_template.web.id
#           version = "$Latest"
#         }
#       }
package tollgate.terraform.asg_multi_az

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("aws_autoscaling_group")
	not r.mode == "data"
	is_object(r.attributes)
	subnets := object.get(r.attributes, "vpc_zone_identifier", null)
	zones := object.get(r.attributes, "availability_zones", null)
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

placement_attribute(subnets) := "vpc_zone_identifier" if subnets != null

placement_attribute(subnets) := "availability_zones" if subnets == null
