package tollgate.aws.sns_encryption_test

import rego.v1

import data.tollgate.aws.sns_encryption

doc(resources) := {
	"kind": "aws", "path": "aws/111111111111/eu-west-1", "account": "111111111111",
	"region": "eu-west-1", "partition": "aws", "collected_at": "2026-11-25T02:00:00Z",
	"resources": resources,
}

topic(name, configuration) := {
	"address": sprintf("arn:aws:sns:eu-west-1:111111111111:%s", [name]), "type": "AWS::SNS::Topic",
	"id": sprintf("arn:aws:sns:eu-west-1:111111111111:%s", [name]), "name": name,
	"arn": sprintf("arn:aws:sns:eu-west-1:111111111111:%s", [name]),
	"account": "111111111111", "region": "eu-west-1", "tags": {},
	"configuration": configuration, "supplementary": {}, "relationships": [],
}

attributes(name) := {"TopicArn": sprintf("arn:aws:sns:eu-west-1:111111111111:%s", [name]), "Owner": "111111111111", "DisplayName": ""}

test_topic_without_key_fails if {
	findings := sns_encryption.deny with input as doc([topic("alerts", attributes("alerts"))])
	count(findings) == 1
	some f in findings
	f.resource == "arn:aws:sns:eu-west-1:111111111111:alerts"
	f.path == ["configuration", "KmsMasterKeyId"]
	contains(f.message, "alerts")
}

test_empty_or_camel_case_key_fails if {
	findings := sns_encryption.deny with input as doc([
		topic("a", object.union(attributes("a"), {"KmsMasterKeyId": ""})),
		topic("b", {"kmsMasterKeyId": null}),
	])
	{f.path | some f in findings} == {["configuration", "KmsMasterKeyId"], ["configuration", "kmsMasterKeyId"]}
}

test_topic_with_key_passes if {
	count(sns_encryption.deny) == 0 with input as doc([
		topic("a", object.union(attributes("a"), {"KmsMasterKeyId": "alias/aws/sns"})),
		topic("b", object.union(attributes("b"), {"KmsMasterKeyId": "arn:aws:kms:eu-west-1:111111111111:key/1111"})),
	])
}

test_missing_configuration_fails_without_error if {
	count(sns_encryption.deny) == 1 with input as doc([topic("a", null)])
}
