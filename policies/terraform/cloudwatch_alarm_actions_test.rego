package tollgate.terraform.cloudwatch_alarm_actions_test

import rego.v1

alarm(attrs) := {
	"address": "aws_cloudwatch_metric_alarm.errors",
	"type": "aws_cloudwatch_metric_alarm",
	"name": "errors",
	"mode": "managed",
	"attributes": object.union({"alarm_name": "api-errors", "metric_name": "Errors", "namespace": "AWS/Lambda"}, attrs),
	"refs": [],
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

topic := {"__unknown__": "aws_sns_topic.oncall.arn", "__ref__": "aws_sns_topic.oncall"}

test_no_actions_fails if {
	findings := data.tollgate.terraform.cloudwatch_alarm_actions.deny with input as doc([alarm({})])
	count(findings) == 1
	some f in findings
	f.resource == "aws_cloudwatch_metric_alarm.errors"
	f.path == ["alarm_actions"]
}

test_ok_actions_only_fails if {
	count(data.tollgate.terraform.cloudwatch_alarm_actions.deny) == 1 with input as doc([alarm({"alarm_actions": [], "ok_actions": [topic]})])
}

test_actions_disabled_fails if {
	findings := data.tollgate.terraform.cloudwatch_alarm_actions.deny with input as doc([alarm({"alarm_actions": [topic], "actions_enabled": false})])
	count(findings) == 1
	some f in findings
	f.path == ["actions_enabled"]
}

test_actions_pass if {
	count(data.tollgate.terraform.cloudwatch_alarm_actions.deny) == 0 with input as doc([alarm({"alarm_actions": [topic]})])
}

test_alarm_in_composite_rule_passes if {
	composite := {
		"address": "aws_cloudwatch_composite_alarm.api",
		"type": "aws_cloudwatch_composite_alarm",
		"name": "api",
		"mode": "managed",
		"attributes": {"alarm_name": "api", "alarm_rule": "ALARM(\"api-errors\") OR ALARM(\"api-latency\")", "alarm_actions": [topic]},
		"refs": [],
	}
	count(data.tollgate.terraform.cloudwatch_alarm_actions.deny) == 0 with input as doc([alarm({}), composite])
}

test_alarm_referenced_by_service_passes if {
	service := {
		"address": "aws_ecs_service.api",
		"type": "aws_ecs_service",
		"name": "api",
		"mode": "managed",
		"attributes": {"alarms": [{"alarm_names": ["api-errors"], "enable": true, "rollback": true}]},
		"refs": ["aws_cloudwatch_metric_alarm.errors"],
	}
	count(data.tollgate.terraform.cloudwatch_alarm_actions.deny) == 0 with input as doc([alarm({}), service])
}

test_alarm_named_by_codedeploy_passes if {
	group := {
		"address": "aws_codedeploy_deployment_group.api",
		"type": "aws_codedeploy_deployment_group",
		"name": "api",
		"mode": "managed",
		"attributes": {"alarm_configuration": [{"alarms": ["api-errors"], "enabled": true}]},
		"refs": [],
	}
	count(data.tollgate.terraform.cloudwatch_alarm_actions.deny) == 0 with input as doc([alarm({}), group])
}

test_unknown_not_reported if {
	count(data.tollgate.terraform.cloudwatch_alarm_actions.deny) == 0 with input as doc([alarm({"alarm_actions": {"__unknown__": "var.alarm_actions"}})])
	count(data.tollgate.terraform.cloudwatch_alarm_actions.deny) == 0 with input as doc([alarm({"alarm_actions": [topic], "actions_enabled": {"__unknown__": "var.notify"}})])
}
