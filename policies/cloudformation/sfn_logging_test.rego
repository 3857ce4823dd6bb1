package tollgate.cloudformation.sfn_logging_test

import rego.v1

import data.tollgate.cloudformation.sfn_logging as policy

machine(props) := {"address": "Orders", "type": "AWS::StepFunctions::StateMachine", "name": "Orders", "attributes": props, "refs": []}

test_no_logging_fails if {
	findings := policy.deny with input as {"kind": "cloudformation", "resources": [machine({"DefinitionString": "{}"})]}
	count(findings) == 1
	some f in findings
	f.path == ["LoggingConfiguration"]
}

test_level_off_fails if {
	findings := policy.deny with input as {"kind": "cloudformation", "resources": [machine({"LoggingConfiguration": {"Level": "OFF"}})]}
	count(findings) == 1
	some f in findings
	f.path == ["LoggingConfiguration", "Level"]
}

test_level_missing_fails if {
	count(policy.deny) == 1 with input as {"kind": "cloudformation", "resources": [machine({"LoggingConfiguration": {"IncludeExecutionData": true}})]}
}

test_fatal_level_passes if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [machine({"LoggingConfiguration": {"Level": "FATAL", "Destinations": [{"CloudWatchLogsLogGroup": {"LogGroupArn": {"__unknown__": "Fn::GetAtt Logs.Arn", "__ref__": "Logs"}}}]}})]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		machine({"LoggingConfiguration": {"__unknown__": "Fn::If IsProd"}}),
		machine({"LoggingConfiguration": {"Level": {"__unknown__": "Ref LogLevel"}}}),
	]}
}
