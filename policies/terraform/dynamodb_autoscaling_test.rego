package tollgate.terraform.dynamodb_autoscaling_test

import rego.v1

import data.tollgate.terraform.dynamodb_autoscaling as policy

table(address, attrs) := {
	"address": address,
	"type": "aws_dynamodb_table",
	"name": "t",
	"mode": "managed",
	"attributes": attrs,
	"refs": [],
}

target(address, attrs, refs) := {
	"address": address,
	"type": "aws_appautoscaling_target",
	"name": "t",
	"mode": "managed",
	"attributes": object.union({"service_namespace": "dynamodb", "scalable_dimension": "dynamodb:table:ReadCapacityUnits"}, attrs),
	"refs": refs,
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

test_default_billing_mode_without_target_fails if {
	findings := policy.deny with input as doc([table("aws_dynamodb_table.orders", {"name": "orders", "read_capacity": 20, "write_capacity": 10})])
	count(findings) == 1
	some f in findings
	f.resource == "aws_dynamodb_table.orders"
	f.path == ["billing_mode"]
}

test_target_for_another_table_fails if {
	count(policy.deny) == 1 with input as doc([
		table("aws_dynamodb_table.orders", {"name": "orders", "billing_mode": "PROVISIONED"}),
		table("aws_dynamodb_table.customers", {"name": "customers", "billing_mode": "PROVISIONED"}),
		target("aws_appautoscaling_target.customers", {"resource_id": "table/customers"}, ["aws_dynamodb_table.customers"]),
	])
}

test_target_of_other_namespace_fails if {
	count(policy.deny) == 1 with input as doc([
		table("aws_dynamodb_table.orders", {"name": "orders"}),
		target("aws_appautoscaling_target.ecs", {"service_namespace": "ecs", "resource_id": {"__unknown__": "x"}}, []),
	])
}

test_target_by_name_ref_and_index_pass if {
	count(policy.deny) == 0 with input as doc([
		table("aws_dynamodb_table.orders", {"name": "orders"}),
		target("aws_appautoscaling_target.orders", {"resource_id": "table/orders"}, []),
		table("aws_dynamodb_table.items[\"a\"]", {"name": {"__unknown__": "var.name"}}),
		target("aws_appautoscaling_target.items", {"resource_id": {"__unknown__": "x", "__ref__": "aws_dynamodb_table.items"}}, ["aws_dynamodb_table.items"]),
		table("aws_dynamodb_table.events", {"name": "events"}),
		target("aws_appautoscaling_target.events_gsi", {"resource_id": "table/events/index/by-day"}, []),
	])
}

test_on_demand_passes if {
	count(policy.deny) == 0 with input as doc([table("aws_dynamodb_table.orders", {"name": "orders", "billing_mode": "PAY_PER_REQUEST"})])
}

test_unknown_billing_mode_not_reported if {
	count(policy.deny) == 0 with input as doc([table("aws_dynamodb_table.orders", {"name": "orders", "billing_mode": {"__unknown__": "var.billing_mode"}})])
}

test_unknown_resource_id_may_be_the_table if {
	count(policy.deny) == 0 with input as doc([
		table("aws_dynamodb_table.orders", {"name": "orders"}),
		target("aws_appautoscaling_target.any", {"resource_id": {"__unknown__": "\"table/${var.table}\""}}, []),
	])
}

test_unknown_namespace_may_be_dynamodb if {
	count(policy.deny) == 0 with input as doc([
		table("aws_dynamodb_table.orders", {"name": "orders"}),
		target("aws_appautoscaling_target.orders", {"service_namespace": {"__unknown__": "var.ns"}, "resource_id": "table/orders"}, []),
	])
}
