package tollgate.terraform.dynamodb_deletion_protection_test

import rego.v1

import data.tollgate.terraform.dynamodb_deletion_protection as policy

table(attrs) := {
	"address": "aws_dynamodb_table.orders",
	"type": "aws_dynamodb_table",
	"name": "orders",
	"mode": "managed",
	"attributes": object.union({"name": "orders", "hash_key": "id"}, attrs),
	"refs": [],
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

test_missing_fails if {
	findings := policy.deny with input as doc([table({})])
	count(findings) == 1
	some f in findings
	f.path == ["deletion_protection_enabled"]
}

test_false_fails if {
	count(policy.deny) == 1 with input as doc([table({"deletion_protection_enabled": "false"})])
}

test_enabled_passes if {
	count(policy.deny) == 0 with input as doc([table({"deletion_protection_enabled": true})])
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as doc([table({"deletion_protection_enabled": {"__unknown__": "var.protect"}})])
}

test_data_source_ignored if {
	count(policy.deny) == 0 with input as doc([object.union(table({}), {"mode": "data"})])
}
