package tollgate.cloudformation.sqs_encryption_test

import rego.v1

queue(properties) := {
	"kind": "cloudformation",
	"path": "template.yaml",
	"parameters": {},
	"conditions": {},
	"resources": [{
		"address": "JobsQueue",
		"type": "AWS::SQS::Queue",
		"name": "JobsQueue",
		"attributes": properties,
	}],
}

test_sse_off_without_kms_fails if {
	doc := queue({"QueueName": "jobs", "SqsManagedSseEnabled": false})
	findings := data.tollgate.cloudformation.sqs_encryption.deny with input as doc
	count(findings) == 1
	some f in findings
	f.resource == "JobsQueue"
	f.path == ["SqsManagedSseEnabled"]
}

test_sse_off_string_fails if {
	doc := queue({"SqsManagedSseEnabled": "false"})
	count(data.tollgate.cloudformation.sqs_encryption.deny) == 1 with input as doc
}

test_default_encryption_passes if {
	doc := queue({"QueueName": "jobs"})
	count(data.tollgate.cloudformation.sqs_encryption.deny) == 0 with input as doc
}

test_kms_key_passes if {
	doc := queue({"KmsMasterKeyId": {"__unknown__": "QueueKey", "__ref__": "QueueKey"}})
	count(data.tollgate.cloudformation.sqs_encryption.deny) == 0 with input as doc
}

test_sse_unknown_passes if {
	doc := queue({"SqsManagedSseEnabled": {"__unknown__": "ManagedSse"}})
	count(data.tollgate.cloudformation.sqs_encryption.deny) == 0 with input as doc
}
