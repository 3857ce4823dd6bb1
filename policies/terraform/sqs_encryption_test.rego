package tollgate.terraform.sqs_encryption_test

import rego.v1

queue(attributes) := {
	"kind": "terraform",
	"path": ".",
	"resources": [{
		"address": "aws_sqs_queue.jobs",
		"type": "aws_sqs_queue",
		"name": "jobs",
		"mode": "managed",
		"attributes": attributes,
	}],
}

test_sse_off_without_kms_fails if {
	doc := queue({"name": "jobs", "sqs_managed_sse_enabled": false})
	findings := data.tollgate.terraform.sqs_encryption.deny with input as doc
	count(findings) == 1
	some f in findings
	f.resource == "aws_sqs_queue.jobs"
	f.path == ["sqs_managed_sse_enabled"]
}

test_sse_off_string_fails if {
	doc := queue({"name": "jobs", "sqs_managed_sse_enabled": "false", "kms_master_key_id": ""})
	count(data.tollgate.terraform.sqs_encryption.deny) == 1 with input as doc
}

test_default_encryption_passes if {
	doc := queue({"name": "jobs"})
	count(data.tollgate.terraform.sqs_encryption.deny) == 0 with input as doc
}

test_kms_key_passes if {
	doc := queue({"name": "jobs", "sqs_managed_sse_enabled": false, "kms_master_key_id": "alias/aws/sqs"})
	count(data.tollgate.terraform.sqs_encryption.deny) == 0 with input as doc
}

test_sse_unknown_passes if {
	doc := queue({"name": "jobs", "sqs_managed_sse_enabled": {"__unknown__": "var.sse"}})
	count(data.tollgate.terraform.sqs_encryption.deny) == 0 with input as doc
}

test_kms_key_unknown_passes if {
	doc := queue({"name": "jobs", "sqs_managed_sse_enabled": false, "kms_master_key_id": {"__unknown__": "var.kms_key_id"}})
	count(data.tollgate.terraform.sqs_encryption.deny) == 0 with input as doc
}
