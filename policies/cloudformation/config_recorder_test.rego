package tollgate.cloudformation.config_recorder_test

import rego.v1

import data.tollgate.cloudformation.config_recorder as rule

recorder(props) := {"kind": "cloudformation", "resources": [{"address": "Recorder", "type": "AWS::Config::ConfigurationRecorder", "name": "Recorder", "attributes": props, "refs": []}]}

test_partial_recording_fails if {
	findings := rule.deny with input as recorder({"RoleARN": "arn", "RecordingGroup": {"AllSupported": "false", "IncludeGlobalResourceTypes": false, "ResourceTypes": ["AWS::S3::Bucket"]}})
	{f.path | some f in findings} == {["RecordingGroup", "AllSupported"], ["RecordingGroup", "IncludeGlobalResourceTypes"]}
}

test_all_types_passes if {
	count(rule.deny) == 0 with input as recorder({"RoleARN": "arn", "RecordingGroup": {"AllSupported": true, "IncludeGlobalResourceTypes": "true"}})
}

test_unknown_not_reported if {
	count(rule.deny) == 0 with input as recorder({"RoleARN": "arn", "RecordingGroup": {"AllSupported": {"__unknown__": "Fn::If [\"A\",true,false]"}}})
}
