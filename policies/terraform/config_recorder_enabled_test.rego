package tollgate.terraform.config_recorder_enabled_test

import rego.v1

import data.tollgate.terraform.config_recorder_enabled as rule

resource(type, name, attrs, refs) := {"address": sprintf("%s.%s", [type, name]), "type": type, "name": name, "mode": "managed", "attributes": attrs, "refs": refs}

recorder := resource("aws_config_configuration_recorder", "main", {"name": "main", "role_arn": "arn:aws:iam::123456789012:role/config"}, [])

test_recorder_without_status_fails if {
	findings := rule.deny with input as {"kind": "terraform", "resources": [recorder]}
	count(findings) == 1
	some f in findings
	f.resource == "aws_config_configuration_recorder.main"
}

test_status_for_another_recorder_fails if {
	count(rule.deny) == 1 with input as {"kind": "terraform", "resources": [
		recorder,
		resource("aws_config_configuration_recorder_status", "other", {"name": "other", "is_enabled": true}, []),
	]}
}

test_disabled_status_fails if {
	findings := rule.deny with input as {"kind": "terraform", "resources": [
		recorder,
		resource("aws_config_configuration_recorder_status", "main", {"name": "main", "is_enabled": false}, ["aws_config_configuration_recorder.main"]),
	]}
	count(findings) == 1
	some f in findings
	f.resource == "aws_config_configuration_recorder_status.main"
	f.path == ["is_enabled"]
}

test_enabled_status_passes if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [
		recorder,
		resource("aws_config_configuration_recorder_status", "main", {"name": "main", "is_enabled": true}, ["aws_config_configuration_recorder.main"]),
	]}
}

test_status_by_default_name_passes if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [
		resource("aws_config_configuration_recorder", "main", {"role_arn": "arn"}, []),
		resource("aws_config_configuration_recorder_status", "main", {"name": "default", "is_enabled": "true"}, []),
	]}
}

test_unknown_status_not_reported if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [
		recorder,
		resource("aws_config_configuration_recorder_status", "main", {"name": {"__unknown__": "var.recorder_name"}, "is_enabled": {"__unknown__": "var.enabled"}}, []),
	]}
}
