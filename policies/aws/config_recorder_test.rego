package tollgate.aws.config_recorder_test

import rego.v1

import data.tollgate.aws.config_recorder

doc(resources) := {
	"kind": "aws", "path": "aws/111111111111/eu-west-1", "account": "111111111111",
	"region": "eu-west-1", "partition": "aws", "collected_at": "2026-11-25T02:00:00Z",
	"resources": resources,
}

# recorder(configuration) is the recorder item of a sweep; absent is the placeholder of a region
# without one.
recorder(configuration) := {
	"address": "arn:aws:config:eu-west-1:111111111111:configuration-recorder/default",
	"type": "AWS::Config::ConfigurationRecorder", "id": "default", "name": "default",
	"arn": "arn:aws:config:eu-west-1:111111111111:configuration-recorder/default",
	"account": "111111111111", "region": "eu-west-1", "tags": {},
	"configuration": configuration, "supplementary": {}, "relationships": [],
}

absent := {
	"address": "arn:aws:config:eu-west-1:111111111111:configuration-recorder/none",
	"type": "AWS::Config::ConfigurationRecorder", "id": "none", "name": "none",
	"arn": "arn:aws:config:eu-west-1:111111111111:configuration-recorder/none",
	"account": "111111111111", "region": "eu-west-1", "tags": {},
	"configuration": {"name": null, "recording": false, "present": false}, "supplementary": {}, "relationships": [],
}

recording(all_supported, include_global, on) := {
	"name": "default", "roleARN": "arn:aws:iam::111111111111:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig",
	"recordingGroup": {"allSupported": all_supported, "includeGlobalResourceTypes": include_global, "resourceTypes": []},
	"recording": on, "lastStatus": "SUCCESS", "present": true,
}

# pascal is the same recorder as AWS Config records it in a snapshot file.
pascal(all_supported, include_global, on) := {
	"Name": "default", "RoleARN": "arn:aws:iam::111111111111:role/config",
	"RecordingGroup": {"AllSupported": all_supported, "IncludeGlobalResourceTypes": include_global, "ResourceTypes": []},
	"Recording": on,
}

test_partial_recorder_fails if {
	findings := config_recorder.deny with input as doc([recorder(recording(false, true, true))])
	count(findings) == 1
	some f in findings
	f.resource == "arn:aws:config:eu-west-1:111111111111:configuration-recorder/default"
	f.path == ["configuration", "recordingGroup", "allSupported"]
	contains(f.message, "default")
	contains(f.message, "eu-west-1")
}

test_both_settings_off_fail_twice if {
	findings := config_recorder.deny with input as doc([recorder(recording(false, false, true))])
	{f.path | some f in findings} == {
		["configuration", "recordingGroup", "allSupported"],
		["configuration", "recordingGroup", "includeGlobalResourceTypes"],
	}
}

test_snapshot_spelling_fails if {
	findings := config_recorder.deny with input as doc([recorder(pascal(true, "false", true))])
	count(findings) == 1
	some f in findings
	f.path == ["configuration", "RecordingGroup", "IncludeGlobalResourceTypes"]
}

test_all_types_pass if {
	count(config_recorder.deny) == 0 with input as doc([recorder(recording(true, true, false))])
	count(config_recorder.deny) == 0 with input as doc([recorder(pascal(true, true, true))])
}

test_missing_recorder_or_group_not_reported if {
	count(config_recorder.deny) == 0 with input as doc([absent])
	count(config_recorder.deny) == 0 with input as doc([recorder({"name": "default", "recording": true, "present": true}), recorder({"recordingGroup": null})])
}

test_global_types_recorded_in_another_region_pass if {
	c := object.union(recording(true, false, true), {"globalTypesRecordedInAccount": true})
	count(config_recorder.deny) == 0 with input as doc([recorder(c)])
}

test_global_types_recorded_nowhere_fail if {
	c := object.union(recording(true, false, true), {"globalTypesRecordedInAccount": false})
	count(config_recorder.deny) == 1 with input as doc([recorder(c)])
}
