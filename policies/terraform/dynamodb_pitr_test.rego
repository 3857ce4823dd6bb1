package tollgate.terraform.dynamodb_pitr_test

import rego.v1

table(attributes) := {
	"kind": "terraform",
	"path": ".",
	"resources": [{
		"address": "aws_dynamodb_table.orders",
		"type": "aws_dynamodb_table",
		"name": "orders",
		"mode": "managed",
		"attributes": attributes,
	}],
}

test_pitr_block_missing_fails if {
	doc := table({"name": "orders", "hash_key": "id", "attribute": [{"name": "id", "type": "S"}]})
	findings := data.tollgate.terraform.dynamodb_pitr.deny with input as doc
	count(findings) == 1
	some f in findings
	f.resource == "aws_dynamodb_table.orders"
	f.path == ["point_in_time_recovery", 0, "enabled"]
}

test_pitr_disabled_fails if {
	doc := table({"name": "orders", "point_in_time_recovery": [{"enabled": false}]})
	count(data.tollgate.terraform.dynamodb_pitr.deny) == 1 with input as doc
}

test_pitr_enabled_passes if {
	doc := table({"name": "orders", "point_in_time_recovery": [{"enabled": true}]})
	count(data.tollgate.terraform.dynamodb_pitr.deny) == 0 with input as doc
}

test_pitr_enabled_unknown_passes if {
	doc := table({"name": "orders", "point_in_time_recovery": [{"enabled": {"__unknown__": "var.pitr"}}]})
	count(data.tollgate.terraform.dynamodb_pitr.deny) == 0 with input as doc
}

test_pitr_dynamic_block_unknown_passes if {
	doc := table({"name": "orders", "point_in_time_recovery": {"__unknown__": "var.recovery"}})
	count(data.tollgate.terraform.dynamodb_pitr.deny) == 0 with input as doc
}
