package tollgate.cloudformation.sns_encryption_test

import rego.v1

topic(properties) := {
	"kind": "cloudformation",
	"path": "template.json",
	"parameters": {},
	"conditions": {},
	"resources": [{
		"address": "AlertsTopic",
		"type": "AWS::SNS::Topic",
		"name": "AlertsTopic",
		"attributes": properties,
	}],
}

test_no_kms_key_fails if {
	doc := topic({"TopicName": "alerts"})
	findings := data.tollgate.cloudformation.sns_encryption.deny with input as doc
	count(findings) == 1
	some f in findings
	f.resource == "AlertsTopic"
	f.path == ["KmsMasterKeyId"]
}

test_aws_managed_key_passes if {
	doc := topic({"TopicName": "alerts", "KmsMasterKeyId": "alias/aws/sns"})
	count(data.tollgate.cloudformation.sns_encryption.deny) == 0 with input as doc
}

test_referenced_key_passes if {
	doc := topic({"KmsMasterKeyId": {"__unknown__": "TopicKey", "__ref__": "TopicKey"}})
	count(data.tollgate.cloudformation.sns_encryption.deny) == 0 with input as doc
}

test_unknown_key_passes if {
	doc := topic({"KmsMasterKeyId": {"__unknown__": "KmsKeyArn"}})
	count(data.tollgate.cloudformation.sns_encryption.deny) == 0 with input as doc
}
