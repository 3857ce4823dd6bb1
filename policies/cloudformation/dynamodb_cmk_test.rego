package tollgate.cloudformation.dynamodb_cmk_test

import rego.v1

import data.tollgate.cloudformation.dynamodb_cmk as policy

table(props) := {"address": "OrdersTable", "type": "AWS::DynamoDB::Table", "name": "OrdersTable", "attributes": object.union({"BillingMode": "PAY_PER_REQUEST"}, props), "refs": []}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "resources": resources, "parameters": {}, "conditions": {}}

key_ref := {"__unknown__": "Ref DynamoDbKey", "__ref__": "DynamoDbKey"}

test_no_sse_fails if {
	findings := policy.deny with input as doc([table({})])
	count(findings) == 1
	some f in findings
	f.path == ["SSESpecification"]
}

test_sse_disabled_fails if {
	findings := policy.deny with input as doc([table({"SSESpecification": {"SSEEnabled": "false"}})])
	count(findings) == 1
	some f in findings
	f.path == ["SSESpecification", "SSEEnabled"]
}

test_aws_managed_key_fails if {
	findings := policy.deny with input as doc([table({"SSESpecification": {"SSEEnabled": true, "SSEType": "KMS"}})])
	count(findings) == 1
	some f in findings
	f.path == ["SSESpecification", "KMSMasterKeyId"]
}

test_aws_managed_alias_fails if {
	count(policy.deny) == 1 with input as doc([table({"SSESpecification": {"SSEEnabled": true, "KMSMasterKeyId": "alias/aws/dynamodb"}})])
}

test_customer_key_passes if {
	count(policy.deny) == 0 with input as doc([table({"SSESpecification": {"SSEEnabled": true, "SSEType": "KMS", "KMSMasterKeyId": key_ref}})])
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as doc([
		table({"SSESpecification": {"__unknown__": "Fn::If IsProd"}}),
		table({"SSESpecification": {"SSEEnabled": {"__unknown__": "Ref Encrypt"}, "KMSMasterKeyId": key_ref}}),
	])
}
