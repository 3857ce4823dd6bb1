package tollgate.terraform.sns_encryption_test

import rego.v1

topic(attributes) := {
	"kind": "terraform",
	"path": ".",
	"resources": [{
		"address": "aws_sns_topic.alerts",
		"type": "aws_sns_topic",
		"name": "alerts",
		"mode": "managed",
		"attributes": attributes,
	}],
}

test_no_kms_key_fails if {
	doc := topic({"name": "alerts"})
	findings := data.tollgate.terraform.sns_encryption.deny with input as doc
	count(findings) == 1
	some f in findings
	f.resource == "aws_sns_topic.alerts"
	f.path == ["kms_master_key_id"]
}

test_empty_kms_key_fails if {
	doc := topic({"name": "alerts", "kms_master_key_id": ""})
	count(data.tollgate.terraform.sns_encryption.deny) == 1 with input as doc
}

test_aws_managed_key_passes if {
	doc := topic({"name": "alerts", "kms_master_key_id": "alias/aws/sns"})
	count(data.tollgate.terraform.sns_encryption.deny) == 0 with input as doc
}

test_referenced_key_passes if {
	doc := topic({"name": "alerts", "kms_master_key_id": {"__unknown__": "aws_kms_key.sns.arn", "__ref__": "aws_kms_key.sns"}})
	count(data.tollgate.terraform.sns_encryption.deny) == 0 with input as doc
}

test_unknown_key_passes if {
	doc := topic({"name": "alerts", "kms_master_key_id": {"__unknown__": "var.kms_key_id"}})
	count(data.tollgate.terraform.sns_encryption.deny) == 0 with input as doc
}
