# METADATA
# title: CloudWatch alarms notify or act
# description: An alarm with no alarm_actions, or with actions_enabled set to false, changes state without telling anyone or doing anything, so the condition it watches goes unnoticed. Alarms that another resource of the configuration consumes (a composite alarm's rule, an ECS service's or CodeDeploy group's rollback alarms, a Route 53 health check) are not reported.
# custom:
#   id: TG-AWS-CW-002
#   severity: medium
#   dimension: reliability
#   kinds: [terraform]
#   frameworks: {aws-well-architected: ["REL06"]}
#   remediation: |
#     Notify a topic (or trigger a scaling policy or an automated action) when the alarm fires:
#       resource "aws_cloudwatch_metric_alarm" "api_errors" {
#         alarm_name          = "api-5xx"
#         namespace           = "AWS/ApplicationELB"
#         metric_name         = "HTTPCode_Target_5XX_Count"
#         statistic           = "Sum"
#         period              = 60
#         evaluation_periods  = 5
#         threshold           = 10
#         comparison_operator = "GreaterThanThreshold"
#         alarm_actions       = [aws_sns_topic.oncall.arn]
#         ok_actions          = [aws_sns_topic.oncall.arn]
#       }
package tollgate.terraform.cloudwatch_alarm_actions

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in alarms
	lib.is_false(r.attributes.actions_enabled)
	finding := {
		"resource": r.address,
		"path": ["actions_enabled"],
		"message": sprintf("CloudWatch alarm %s has its actions disabled, so it notifies no one when it fires.", [r.address]),
	}
}

deny contains finding if {
	some r in alarms
	not lib.is_false(r.attributes.actions_enabled)
	object.get(r.attributes, "alarm_actions", null) in {null, []}
	finding := {
		"resource": r.address,
		"path": ["alarm_actions"],
		"message": sprintf("CloudWatch alarm %s has no alarm_actions, so it notifies no one and triggers nothing when it fires.", [r.address]),
	}
}

# alarms are the metric alarms that nothing else in the configuration consumes.
alarms contains r if {
	some r in lib.resources("aws_cloudwatch_metric_alarm")
	not r.mode == "data"
	is_object(r.attributes)
	not consumed(r)
}

# consumed(alarm) holds when another resource refers to the alarm (a composite alarm rule, an
# ECS service's or CodeDeploy group's alarms, a health check), or names it.
consumed(alarm) if {
	some other in input.resources
	other.address != alarm.address
	some ref in items(object.get(other, "refs", []))
	same_resource(ref, alarm.address)
}

consumed(alarm) if {
	name := alarm.attributes.alarm_name
	is_string(name)
	some composite in lib.resources("aws_cloudwatch_composite_alarm")
	rule := composite.attributes.alarm_rule
	is_string(rule)
	some form in [sprintf("(%s)", [name]), sprintf("(\"%s\")", [name]), sprintf("/%s\"", [name]), sprintf(":alarm:%s)", [name])]
	contains(rule, form)
}

consumed(alarm) if {
	name := alarm.attributes.alarm_name
	is_string(name)
	some service in lib.resources("aws_ecs_service")
	some block in items(service.attributes.alarms)
	name in items(block.alarm_names)
}

consumed(alarm) if {
	name := alarm.attributes.alarm_name
	is_string(name)
	some group in lib.resources("aws_codedeploy_deployment_group")
	some block in items(group.attributes.alarm_configuration)
	name in items(block.alarms)
}

# same_resource(ref, address): ref names the resource at address, or all instances of its count/for_each.
same_resource(ref, address) if ref == address

same_resource(ref, address) if ref == regex.replace(address, `\[[^\]]*\]$`, "")

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
