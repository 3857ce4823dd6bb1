package tollgate.terraform.config_recorder_test

import rego.v1

import data.tollgate.terraform.config_recorder as rule

recorder(attrs) := {"kind": "terraform", "resources": [{"address": "aws_config_configuration_recorder.main", "type": "aws_config_configuration_recorder", "name": "main", "mode": "managed", "attributes": attrs, "refs": []}]}

test_some_types_fails if {
	findings := rule.deny with input as recorder({"name": "main", "recording_group": [{"all_supported": false, "resource_types": ["AWS::S3::Bucket"]}]})
	count(findings) == 1
	some f in findings
	f.path == ["recording_group", 0, "all_supported"]
}

test_no_global_types_fails if {
	findings := rule.deny with input as recorder({"name": "main", "recording_group": [{"all_supported": true, "include_global_resource_types": "false"}]})
	count(findings) == 1
	some f in findings
	f.path == ["recording_group", 0, "include_global_resource_types"]
}

test_all_types_passes if {
	count(rule.deny) == 0 with input as recorder({"name": "main", "recording_group": [{"all_supported": true, "include_global_resource_types": true}]})
}

test_default_recording_group_passes if {
	count(rule.deny) == 0 with input as recorder({"name": "main", "role_arn": "arn:aws:iam::123456789012:role/config"})
}

test_unknown_not_reported if {
	count(rule.deny) == 0 with input as recorder({"name": "main", "recording_group": [{"all_supported": {"__unknown__": "var.all"}, "include_global_resource_types": {"__unknown__": "var.global"}}]})
	count(rule.deny) == 0 with input as recorder({"name": "main", "recording_group": {"__unknown__": "dynamic"}})
}
