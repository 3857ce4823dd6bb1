package tollgate.cloudformation.cloudwatch_alarm_actions_test

import rego.v1

alarm(props) := {
	"address": "ErrorsAlarm",
	"type": "AWS::CloudWatch::Alarm",
	"name": "ErrorsAlarm",
	"attributes": object.union({"AlarmName": "api-errors", "MetricName": "Errors", "Namespace": "AWS/Lambda"}, props),
	"refs": [],
}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "parameters": {}, "conditions": {}, "resources": resources}

topic := {"__unknown__": "Ref OncallTopic", "__ref__": "OncallTopic"}

test_no_actions_fails if {
	findings := data.tollgate.cloudformation.cloudwatch_alarm_actions.deny with input as doc([alarm({})])
	count(findings) == 1
	some f in findings
	f.resource == "ErrorsAlarm"
	f.path == ["AlarmActions"]
}

test_actions_disabled_fails if {
	findings := data.tollgate.cloudformation.cloudwatch_alarm_actions.deny with input as doc([alarm({"AlarmActions": [topic], "ActionsEnabled": "false"})])
	count(findings) == 1
	some f in findings
	f.path == ["ActionsEnabled"]
}

test_actions_pass if {
	count(data.tollgate.cloudformation.cloudwatch_alarm_actions.deny) == 0 with input as doc([alarm({"AlarmActions": [topic]})])
}

test_alarm_in_composite_passes if {
	composite := {
		"address": "ApiCompositeAlarm",
		"type": "AWS::CloudWatch::CompositeAlarm",
		"name": "ApiCompositeAlarm",
		"attributes": {"AlarmRule": {"__unknown__": "Fn::Sub ALARM(${ErrorsAlarm})"}, "AlarmActions": [topic]},
		"refs": ["ErrorsAlarm", "OncallTopic"],
	}
	count(data.tollgate.cloudformation.cloudwatch_alarm_actions.deny) == 0 with input as doc([alarm({}), composite])
}

test_alarm_named_by_codedeploy_passes if {
	group := {
		"address": "DeploymentGroup",
		"type": "AWS::CodeDeploy::DeploymentGroup",
		"name": "DeploymentGroup",
		"attributes": {"AlarmConfiguration": {"Enabled": true, "Alarms": [{"Name": "api-errors"}]}},
		"refs": [],
	}
	count(data.tollgate.cloudformation.cloudwatch_alarm_actions.deny) == 0 with input as doc([alarm({}), group])
}

test_unknown_not_reported if {
	count(data.tollgate.cloudformation.cloudwatch_alarm_actions.deny) == 0 with input as doc([alarm({"AlarmActions": {"__unknown__": "Fn::If [\"Page\",[],[]]"}})])
	count(data.tollgate.cloudformation.cloudwatch_alarm_actions.deny) == 0 with input as doc([alarm({"AlarmActions": [topic], "ActionsEnabled": {"__unknown__": "Ref Notify"}})])
}
