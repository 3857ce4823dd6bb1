package tollgate.cloudformation.codedeploy_auto_rollback_test

import rego.v1

group(props) := {
	"address": "WebDeploymentGroup",
	"type": "AWS::CodeDeploy::DeploymentGroup",
	"name": "WebDeploymentGroup",
	"attributes": object.union({"ApplicationName": {"__unknown__": "Ref WebApplication", "__ref__": "WebApplication"}}, props),
	"refs": ["WebApplication"],
}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "parameters": {}, "conditions": {}, "resources": resources}

test_no_rollback_fails if {
	findings := data.tollgate.cloudformation.codedeploy_auto_rollback.deny with input as doc([group({})])
	count(findings) == 1
	some f in findings
	f.resource == "WebDeploymentGroup"
	f.path == ["AutoRollbackConfiguration"]
}

test_disabled_fails if {
	findings := data.tollgate.cloudformation.codedeploy_auto_rollback.deny with input as doc([group({"AutoRollbackConfiguration": {"Enabled": "false", "Events": ["DEPLOYMENT_FAILURE"]}})])
	count(findings) == 1
	some f in findings
	f.path == ["AutoRollbackConfiguration", "Enabled"]
}

test_alarm_only_fails if {
	findings := data.tollgate.cloudformation.codedeploy_auto_rollback.deny with input as doc([group({"AutoRollbackConfiguration": {"Enabled": true, "Events": ["DEPLOYMENT_STOP_ON_ALARM"]}})])
	count(findings) == 1
	some f in findings
	f.path == ["AutoRollbackConfiguration", "Events"]
}

test_rollback_on_failure_passes if {
	count(data.tollgate.cloudformation.codedeploy_auto_rollback.deny) == 0 with input as doc([group({"AutoRollbackConfiguration": {"Enabled": "true", "Events": ["DEPLOYMENT_FAILURE"]}})])
}

test_unknown_not_reported if {
	count(data.tollgate.cloudformation.codedeploy_auto_rollback.deny) == 0 with input as doc([group({"AutoRollbackConfiguration": {"__unknown__": "Fn::If [\"Prod\",{},{}]"}})])
	count(data.tollgate.cloudformation.codedeploy_auto_rollback.deny) == 0 with input as doc([group({"AutoRollbackConfiguration": {"Enabled": true, "Events": {"__unknown__": "Ref RollbackEvents"}}})])
}
