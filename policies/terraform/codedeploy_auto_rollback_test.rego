package tollgate.terraform.codedeploy_auto_rollback_test

import rego.v1

group(attrs) := {
	"address": "aws_codedeploy_deployment_group.web",
	"type": "aws_codedeploy_deployment_group",
	"name": "web",
	"mode": "managed",
	"attributes": object.union({"app_name": "web", "deployment_group_name": "web"}, attrs),
	"refs": [],
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

test_no_rollback_fails if {
	findings := data.tollgate.terraform.codedeploy_auto_rollback.deny with input as doc([group({})])
	count(findings) == 1
	some f in findings
	f.resource == "aws_codedeploy_deployment_group.web"
	f.path == ["auto_rollback_configuration"]
}

test_disabled_rollback_fails if {
	findings := data.tollgate.terraform.codedeploy_auto_rollback.deny with input as doc([group({"auto_rollback_configuration": [{"enabled": false, "events": ["DEPLOYMENT_FAILURE"]}]})])
	count(findings) == 1
	some f in findings
	f.path == ["auto_rollback_configuration", 0, "enabled"]
}

test_alarm_only_rollback_fails if {
	findings := data.tollgate.terraform.codedeploy_auto_rollback.deny with input as doc([group({"auto_rollback_configuration": [{"enabled": true, "events": ["DEPLOYMENT_STOP_ON_ALARM"]}]})])
	count(findings) == 1
	some f in findings
	f.path == ["auto_rollback_configuration", 0, "events"]
}

test_rollback_on_failure_passes if {
	count(data.tollgate.terraform.codedeploy_auto_rollback.deny) == 0 with input as doc([group({"auto_rollback_configuration": [{"enabled": true, "events": ["DEPLOYMENT_STOP_ON_ALARM", "DEPLOYMENT_FAILURE"]}]})])
}

test_unknown_not_reported if {
	count(data.tollgate.terraform.codedeploy_auto_rollback.deny) == 0 with input as doc([group({"auto_rollback_configuration": {"__unknown__": "var.rollback"}})])
	count(data.tollgate.terraform.codedeploy_auto_rollback.deny) == 0 with input as doc([group({"auto_rollback_configuration": [{"enabled": {"__unknown__": "var.rollback"}, "events": ["DEPLOYMENT_FAILURE"]}]})])
	count(data.tollgate.terraform.codedeploy_auto_rollback.deny) == 0 with input as doc([group({"auto_rollback_configuration": [{"enabled": true, "events": {"__unknown__": "var.events"}}]})])
}
