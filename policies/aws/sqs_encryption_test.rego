package tollgate.aws.sqs_encryption_test

import rego.v1

import data.tollgate.aws.sqs_encryption

doc(resources) := {
	"kind": "aws", "path": "aws/111111111111/eu-west-1", "account": "111111111111",
	"region": "eu-west-1", "partition": "aws", "collected_at": "2026-11-25T02:00:00Z",
	"resources": resources,
}

queue(name, configuration) := {
	"address": sprintf("arn:aws:sqs:eu-west-1:111111111111:%s", [name]), "type": "AWS::SQS::Queue",
	"id": sprintf("https://sqs.eu-west-1.amazonaws.com/111111111111/%s", [name]), "name": name,
	"arn": sprintf("arn:aws:sqs:eu-west-1:111111111111:%s", [name]),
	"account": "111111111111", "region": "eu-west-1", "tags": {},
	"configuration": object.union({
		"QueueArn": sprintf("arn:aws:sqs:eu-west-1:111111111111:%s", [name]),
		"QueueUrl": sprintf("https://sqs.eu-west-1.amazonaws.com/111111111111/%s", [name]),
		"VisibilityTimeout": "30", "MessageRetentionPeriod": "345600",
	}, configuration),
	"supplementary": {}, "relationships": [],
}

test_unencrypted_queue_fails if {
	findings := sqs_encryption.deny with input as doc([queue("jobs", {"SqsManagedSseEnabled": "false"})])
	count(findings) == 1
	some f in findings
	f.resource == "arn:aws:sqs:eu-west-1:111111111111:jobs"
	f.path == ["configuration", "SqsManagedSseEnabled"]
	contains(f.message, "jobs")
}

test_boolean_and_camel_case_fail if {
	count(sqs_encryption.deny) == 2 with input as doc([
		queue("a", {"SqsManagedSseEnabled": false, "KmsMasterKeyId": ""}),
		queue("b", {"sqsManagedSseEnabled": "false"}),
	])
}

test_encrypted_queues_pass if {
	# A KMS-encrypted queue records SqsManagedSseEnabled false.
	count(sqs_encryption.deny) == 0 with input as doc([
		queue("a", {"SqsManagedSseEnabled": "true"}),
		queue("b", {"SqsManagedSseEnabled": "false", "KmsMasterKeyId": "alias/aws/sqs", "KmsDataKeyReusePeriodSeconds": "300"}),
	])
}

test_unrecorded_setting_not_reported if {
	count(sqs_encryption.deny) == 0 with input as doc([queue("a", {}), object.union(queue("b", {}), {"configuration": null})])
}
