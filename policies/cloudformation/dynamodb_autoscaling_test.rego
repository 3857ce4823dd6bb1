package tollgate.cloudformation.dynamodb_autoscaling_test

import rego.v1

import data.tollgate.cloudformation.dynamodb_autoscaling as policy

table(id, props) := {"address": id, "type": "AWS::DynamoDB::Table", "name": id, "attributes": props, "refs": []}

target(id, props, refs) := {
	"address": id,
	"type": "AWS::ApplicationAutoScaling::ScalableTarget",
	"name": id,
	"attributes": object.union({"ServiceNamespace": "dynamodb", "ScalableDimension": "dynamodb:table:ReadCapacityUnits"}, props),
	"refs": refs,
}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "resources": resources, "parameters": {}, "conditions": {}}

throughput := {"ReadCapacityUnits": 20, "WriteCapacityUnits": 10}

test_provisioned_without_target_fails if {
	findings := policy.deny with input as doc([table("OrdersTable", {"ProvisionedThroughput": throughput})])
	count(findings) == 1
	some f in findings
	f.resource == "OrdersTable"
	f.path == ["ProvisionedThroughput"]
}

test_target_for_another_table_fails if {
	count(policy.deny) == 1 with input as doc([
		table("OrdersTable", {"BillingMode": "PROVISIONED", "ProvisionedThroughput": throughput}),
		table("CustomersTable", {"BillingMode": "PROVISIONED", "ProvisionedThroughput": throughput}),
		target("CustomersRead", {"ResourceId": {"__unknown__": "Fn::Sub table/${CustomersTable}"}}, ["CustomersTable"]),
	])
}

test_target_by_ref_and_by_name_pass if {
	count(policy.deny) == 0 with input as doc([
		table("OrdersTable", {"ProvisionedThroughput": throughput}),
		target("OrdersRead", {"ResourceId": {"__unknown__": "Fn::Sub table/${OrdersTable}"}}, ["OrdersTable"]),
		table("EventsTable", {"TableName": "events", "ProvisionedThroughput": throughput}),
		target("EventsRead", {"ResourceId": "table/events"}, []),
	])
}

test_on_demand_passes if {
	count(policy.deny) == 0 with input as doc([table("OrdersTable", {"BillingMode": "PAY_PER_REQUEST"})])
}

test_unknown_values_not_reported if {
	count(policy.deny) == 0 with input as doc([
		table("OrdersTable", {"BillingMode": {"__unknown__": "Ref BillingMode"}, "ProvisionedThroughput": throughput}),
		table("EventsTable", {"ProvisionedThroughput": throughput}),
		target("AnyRead", {"ResourceId": {"__unknown__": "Fn::ImportValue table-id"}}, []),
	])
}
