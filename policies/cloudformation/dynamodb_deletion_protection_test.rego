package tollgate.cloudformation.dynamodb_deletion_protection_test

import rego.v1

import data.tollgate.cloudformation.dynamodb_deletion_protection as policy

table(props) := {"address": "OrdersTable", "type": "AWS::DynamoDB::Table", "name": "OrdersTable", "attributes": object.union({"BillingMode": "PAY_PER_REQUEST"}, props), "refs": []}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "resources": resources, "parameters": {}, "conditions": {}}

test_missing_fails if {
	findings := policy.deny with input as doc([table({})])
	count(findings) == 1
	some f in findings
	f.path == ["DeletionProtectionEnabled"]
}

test_false_fails if {
	count(policy.deny) == 1 with input as doc([table({"DeletionProtectionEnabled": "false"})])
}

test_enabled_passes if {
	count(policy.deny) == 0 with input as doc([table({"DeletionProtectionEnabled": "true"})])
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as doc([table({"DeletionProtectionEnabled": {"__unknown__": "Fn::If IsProd"}})])
}
