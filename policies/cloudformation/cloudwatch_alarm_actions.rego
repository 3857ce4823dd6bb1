# METADATA
# title: CloudWatch alarms notify or act
# description: An alarm with no AlarmActions, or with ActionsEnabled set to false, changes state without telling anyone or doing anything, so the condition it watches goes unnoticed. Alarms that another resource of the template consumes (a composite alarm's rule, an ECS service's or CodeDeploy group's rollback alarms, a Route 53 health check) are not reported.
# custom:
#   id: TG-AWS-CW-002
#   severity: medium
#   dimension: reliability
#   kinds: [cloudformation]
#   frameworks: {aws-well-architected: ["REL06"]}
#   remediation: |
#     Notify a topic (or trigger a scaling policy or an automated action) when the alarm fires:
#       ApiErrorsAlarm:
#         Type: AWS::CloudWatch::Alarm
#         Properties:
#           Namespace: AWS/ApplicationELB
#           MetricName: HTTPCode_Target_5XX_Count
#           Statistic: Sum
#           Period: 60
#           EvaluationPeriods: 5
#           Threshold: 10
#           ComparisonOperator: GreaterThanThreshold
#           AlarmActions:
#             - !Ref OncallTopic
package tollgate.cloudformation.cloudwatch_alarm_actions

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in alarms
	known_false(r.attributes.ActionsEnabled)
	finding := {
		"resource": r.address,
		"path": ["ActionsEnabled"],
		"message": sprintf("CloudWatch alarm %s has its actions disabled, so it notifies no one when it fires.", [r.address]),
	}
}

deny contains finding if {
	some r in alarms
	not known_false(r.attributes.ActionsEnabled)
	object.get(r.attributes, "AlarmActions", null) in {null, []}
	finding := {
		"resource": r.address,
		"path": ["AlarmActions"],
		"message": sprintf("CloudWatch alarm %s has no AlarmActions, so it notifies no one and triggers nothing when it fires.", [r.address]),
	}
}

# alarms are the alarms that nothing else in the template consumes.
alarms contains r if {
	some r in lib.resources("AWS::CloudWatch::Alarm")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
	not consumed(r)
}

# consumed(alarm) holds when another resource refers to the alarm (a composite alarm rule, an
# ECS service's or CodeDeploy group's alarms, a health check), or names it.
consumed(alarm) if {
	some other in input.resources
	other.address != alarm.address
	alarm.address in items(object.get(other, "refs", []))
}

consumed(alarm) if {
	name := alarm.attributes.AlarmName
	is_string(name)
	some composite in lib.resources("AWS::CloudWatch::CompositeAlarm")
	rule := composite.attributes.AlarmRule
	is_string(rule)
	some form in [sprintf("(%s)", [name]), sprintf("(\"%s\")", [name]), sprintf("/%s\"", [name]), sprintf(":alarm:%s)", [name])]
	contains(rule, form)
}

consumed(alarm) if {
	name := alarm.attributes.AlarmName
	is_string(name)
	some service in lib.resources("AWS::ECS::Service")
	name in items(service.attributes.DeploymentConfiguration.Alarms.AlarmNames)
}

consumed(alarm) if {
	name := alarm.attributes.AlarmName
	is_string(name)
	some group in lib.resources("AWS::CodeDeploy::DeploymentGroup")
	some entry in items(group.attributes.AlarmConfiguration.Alarms)
	entry.Name == name
}

# CloudFormation accepts booleans as strings ("false").
known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
