# METADATA
# title: Auto Scaling groups use launch templates
# description: Launch configurations are deprecated; AWS no longer adds instance types or features to them (IMDSv2 defaults, mixed instances, Spot allocation, newer instance families) and new accounts cannot create them. An Auto Scaling group on a launch configuration cannot be changed without replacing it, while launch templates are versioned.
# custom:
#   id: TG-AWS-ASG-003
#   severity: low
#   dimension: automation
#   kinds: [terraform]
#   frameworks: {}
#   remediation: |
#     Replace the launch configuration with a launch template:
#       resource "aws_launch_template" "web" {
#         name_prefix   = "web-"
#         image_id      = data.aws_ami.web.id
#         instance_type = "t3.medium"
#         metadata_options {
#           http_tokens = "required"
#         }
#       }
#       resource "aws_autoscaling_group" "web" {
#         name                = "web"
#         min_size            = 2
#         max_size            = 6
#         vpc_zone_identifier = var.private_subnet_ids
#         launch_template {
#           id      = aws_launch_template.web.id
#           version = aws_launch_template.web.latest_version
#         }
#       }
package tollgate.terraform.asg_launch_template

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("aws_autoscaling_group")
	not r.mode == "data"
	is_object(r.attributes)
	uses_launch_configuration(object.get(r.attributes, "launch_configuration", null))
	finding := {
		"resource": r.address,
		"path": ["launch_configuration"],
		"message": sprintf("Auto Scaling group %s uses a launch configuration instead of a launch template.", [r.address]),
	}
}

# uses_launch_configuration(x) holds for a launch configuration name, or a direct reference to
# a launch configuration; a conditional that cannot be known (which may be null) is not.
uses_launch_configuration(x) if {
	is_string(x)
	x != ""
}

uses_launch_configuration(x) if {
	lib.is_unknown(x)
	is_string(x.__ref__)
}
