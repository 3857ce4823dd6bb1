package tollgate.terraform.sfn_logging_test

import rego.v1

import data.tollgate.terraform.sfn_logging as policy

machine(attrs) := {"address": "aws_sfn_state_machine.m", "type": "aws_sfn_state_machine", "name": "m", "mode": "managed", "attributes": attrs, "refs": []}

test_no_logging_fails if {
	findings := policy.deny with input as {"kind": "terraform", "resources": [machine({"name": "m"})]}
	count(findings) == 1
	some f in findings
	f.path == ["logging_configuration"]
}

test_level_off_fails if {
	findings := policy.deny with input as {"kind": "terraform", "resources": [machine({"name": "m", "logging_configuration": [{"level": "OFF", "log_destination": "arn:aws:logs:eu-west-1:111122223333:log-group:m:*"}]})]}
	count(findings) == 1
	some f in findings
	f.path == ["logging_configuration", 0, "level"]
}

test_level_missing_fails if {
	count(policy.deny) == 1 with input as {"kind": "terraform", "resources": [machine({"name": "m", "logging_configuration": [{"include_execution_data": true}]})]}
}

test_error_level_passes if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [machine({"name": "m", "logging_configuration": [{"level": "ERROR", "log_destination": {"__unknown__": "aws_cloudwatch_log_group.m.arn", "__ref__": "aws_cloudwatch_log_group.m"}}]})]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [
		machine({"name": "m", "logging_configuration": {"__unknown__": "var.logging"}}),
		machine({"name": "n", "logging_configuration": [{"level": {"__unknown__": "var.log_level"}}]}),
	]}
}
