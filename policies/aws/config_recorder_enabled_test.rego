package tollgate.aws.config_recorder_enabled_test

import rego.v1

import data.tollgate.aws.config_recorder_enabled

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

test_region_without_recorder_fails if {
	findings := config_recorder_enabled.deny with input as doc([absent])
	count(findings) == 1
	some f in findings
	f.resource == "arn:aws:config:eu-west-1:111111111111:configuration-recorder/none"
	f.path == ["configuration", "present"]
	f.message == "AWS Config is not recording in eu-west-1."
}

test_stopped_recorder_fails if {
	findings := config_recorder_enabled.deny with input as doc([recorder(recording(true, true, false))])
	count(findings) == 1
	some f in findings
	f.path == ["configuration", "recording"]
}

test_stopped_recorder_other_spellings_fail if {
	count(config_recorder_enabled.deny) == 1 with input as doc([recorder(pascal(true, true, "false"))])
	count(config_recorder_enabled.deny) == 1 with input as doc([recorder(recording(true, true, "false"))])
}

test_recording_passes if {
	count(config_recorder_enabled.deny) == 0 with input as doc([recorder(recording(false, false, true))])
	count(config_recorder_enabled.deny) == 0 with input as doc([recorder(pascal(true, true, true))])
}

test_unknown_state_and_no_item_not_reported if {
	count(config_recorder_enabled.deny) == 0 with input as doc([])
	count(config_recorder_enabled.deny) == 0 with input as doc([recorder({"name": "default"}), recorder(null)])
}
