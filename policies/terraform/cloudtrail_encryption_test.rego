package tollgate.terraform.cloudtrail_encryption_test

import rego.v1

trail(attributes) := {
	"kind": "terraform",
	"path": ".",
	"resources": [{
		"address": "aws_cloudtrail.main",
		"type": "aws_cloudtrail",
		"name": "main",
		"mode": "managed",
		"attributes": attributes,
	}],
}

test_no_kms_key_fails if {
	doc := trail({"name": "main", "s3_bucket_name": "logs"})
	findings := data.tollgate.terraform.cloudtrail_encryption.deny with input as doc
	count(findings) == 1
	some f in findings
	f.resource == "aws_cloudtrail.main"
	f.path == ["kms_key_id"]
}

test_empty_kms_key_fails if {
	doc := trail({"name": "main", "kms_key_id": ""})
	count(data.tollgate.terraform.cloudtrail_encryption.deny) == 1 with input as doc
}

test_literal_kms_key_passes if {
	doc := trail({"name": "main", "kms_key_id": "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"})
	count(data.tollgate.terraform.cloudtrail_encryption.deny) == 0 with input as doc
}

test_referenced_kms_key_passes if {
	doc := trail({"name": "main", "kms_key_id": {"__unknown__": "aws_kms_key.trail.arn", "__ref__": "aws_kms_key.trail"}})
	count(data.tollgate.terraform.cloudtrail_encryption.deny) == 0 with input as doc
}

test_unknown_kms_key_passes if {
	doc := trail({"name": "main", "kms_key_id": {"__unknown__": "var.kms_key_arn"}})
	count(data.tollgate.terraform.cloudtrail_encryption.deny) == 0 with input as doc
}
