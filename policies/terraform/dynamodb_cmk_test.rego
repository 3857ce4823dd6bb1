package tollgate.terraform.dynamodb_cmk_test

import rego.v1

import data.tollgate.terraform.dynamodb_cmk as policy

table(attrs) := {
	"address": "aws_dynamodb_table.orders",
	"type": "aws_dynamodb_table",
	"name": "orders",
	"mode": "managed",
	"attributes": object.union({"name": "orders", "hash_key": "id"}, attrs),
	"refs": [],
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

key_ref := {"__unknown__": "aws_kms_key.dynamodb.arn", "__ref__": "aws_kms_key.dynamodb"}

test_no_sse_block_fails if {
	findings := policy.deny with input as doc([table({})])
	count(findings) == 1
	some f in findings
	f.path == ["server_side_encryption"]
}

test_sse_disabled_fails if {
	findings := policy.deny with input as doc([table({"server_side_encryption": [{"enabled": false}]})])
	count(findings) == 1
	some f in findings
	f.path == ["server_side_encryption", 0, "enabled"]
}

test_aws_managed_key_fails if {
	findings := policy.deny with input as doc([table({"server_side_encryption": [{"enabled": true}]})])
	count(findings) == 1
	some f in findings
	f.path == ["server_side_encryption", 0, "kms_key_arn"]
}

test_aws_managed_alias_fails if {
	count(policy.deny) == 1 with input as doc([table({"server_side_encryption": [{"enabled": true, "kms_key_arn": "arn:aws:kms:eu-west-1:111122223333:alias/aws/dynamodb"}]})])
}

test_customer_key_passes if {
	count(policy.deny) == 0 with input as doc([table({"server_side_encryption": [{"enabled": "true", "kms_key_arn": key_ref}]})])
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as doc([
		table({"server_side_encryption": {"__unknown__": "var.sse"}}),
		table({"server_side_encryption": [{"enabled": {"__unknown__": "var.sse_enabled"}, "kms_key_arn": key_ref}]}),
		table({"server_side_encryption": [{"enabled": true, "kms_key_arn": {"__unknown__": "var.kms_key_arn"}}]}),
	])
}

test_data_source_ignored if {
	count(policy.deny) == 0 with input as doc([object.union(table({}), {"mode": "data"})])
}
