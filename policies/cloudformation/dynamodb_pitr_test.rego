package tollgate.cloudformation.dynamodb_pitr_test

import rego.v1

table(properties) := {
	"kind": "cloudformation",
	"path": "template.yaml",
	"parameters": {},
	"conditions": {},
	"resources": [{
		"address": "OrdersTable",
		"type": "AWS::DynamoDB::Table",
		"name": "OrdersTable",
		"attributes": properties,
	}],
}

test_pitr_missing_fails if {
	doc := table({"BillingMode": "PAY_PER_REQUEST"})
	findings := data.tollgate.cloudformation.dynamodb_pitr.deny with input as doc
	count(findings) == 1
	some f in findings
	f.resource == "OrdersTable"
	f.path == ["PointInTimeRecoverySpecification", "PointInTimeRecoveryEnabled"]
}

test_pitr_string_false_fails if {
	doc := table({"PointInTimeRecoverySpecification": {"PointInTimeRecoveryEnabled": "false"}})
	count(data.tollgate.cloudformation.dynamodb_pitr.deny) == 1 with input as doc
}

test_pitr_enabled_passes if {
	doc := table({"PointInTimeRecoverySpecification": {"PointInTimeRecoveryEnabled": true}})
	count(data.tollgate.cloudformation.dynamodb_pitr.deny) == 0 with input as doc
}

test_pitr_string_true_passes if {
	doc := table({"PointInTimeRecoverySpecification": {"PointInTimeRecoveryEnabled": "true"}})
	count(data.tollgate.cloudformation.dynamodb_pitr.deny) == 0 with input as doc
}

test_pitr_unknown_passes if {
	doc := table({"PointInTimeRecoverySpecification": {"PointInTimeRecoveryEnabled": {"__unknown__": "EnablePitr"}}})
	count(data.tollgate.cloudformation.dynamodb_pitr.deny) == 0 with input as doc
}
