# METADATA
# title: Provisioned DynamoDB tables scale automatically
# description: A table in provisioned capacity mode without Application Auto Scaling keeps a fixed read and write capacity; a traffic peak beyond it is throttled and fails requests. Tables in on-demand (PAY_PER_REQUEST) mode scale by themselves and are not checked.
# custom:
#   id: TG-AWS-DDB-004
#   severity: medium
#   dimension: reliability
#   kinds: [terraform]
#   frameworks: {aws-well-architected: ["REL07"]}
#   remediation: |
#     Switch the table to on-demand capacity, or register it with Application Auto Scaling:
#       resource "aws_appautoscaling_target" "orders_read" {
#         service_namespace  = "dynamodb"
#         resource_id        = "table/${aws_dynamodb_table.orders.name}"
#         scalable_dimension = "dynamodb:table:ReadCapacityUnits"
#         min_capacity       = 5
#         max_capacity       = 100
#       }
#       resource "aws_appautoscaling_policy" "orders_read" {
#         name               = "orders-read"
#         policy_type        = "TargetTrackingScaling"
#         service_namespace  = aws_appautoscaling_target.orders_read.service_namespace
#         resource_id        = aws_appautoscaling_target.orders_read.resource_id
#         scalable_dimension = aws_appautoscaling_target.orders_read.scalable_dimension
#         target_tracking_scaling_policy_configuration {
#           target_value = 70
#           predefined_metric_specification {
#             predefined_metric_type = "DynamoDBReadCapacityUtilization"
#           }
#         }
#       }
package tollgate.terraform.dynamodb_autoscaling

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some t in managed("aws_dynamodb_table")
	provisioned(t.attributes)
	not scaled(t)
	finding := {
		"resource": t.address,
		"path": ["billing_mode"],
		"message": sprintf("DynamoDB table %s uses provisioned capacity without an Application Auto Scaling target, so traffic above its fixed capacity is throttled.", [t.address]),
	}
}

# billing_mode defaults to PROVISIONED.
provisioned(attrs) if object.get(attrs, "billing_mode", null) == null

provisioned(attrs) if {
	is_string(attrs.billing_mode)
	upper(attrs.billing_mode) == "PROVISIONED"
}

scaled(t) if {
	some a in managed("aws_appautoscaling_target")
	dynamodb(a.attributes)
	for_table(a, t)
}

# dynamodb(attrs): the target's namespace is dynamodb, or cannot be known.
dynamodb(attrs) if not is_string(attrs.service_namespace)

dynamodb(attrs) if {
	is_string(attrs.service_namespace)
	lower(attrs.service_namespace) == "dynamodb"
}

# for_table(a, t): scalable target a is, or may be, for table t (or one of its indexes).
for_table(a, t) if {
	some ref in items(object.get(a, "refs", []))
	same_resource(ref, t.address)
}

for_table(a, t) if {
	id := a.attributes.resource_id
	is_string(id)
	name := t.attributes.name
	is_string(name)
	table_id := concat("/", ["table", name])
	id == table_id
}

for_table(a, t) if {
	id := a.attributes.resource_id
	is_string(id)
	name := t.attributes.name
	is_string(name)
	startswith(id, concat("/", ["table", name, ""]))
}

# A resource id that cannot be known and names no table may be any table's.
for_table(a, t) if {
	lib.is_unknown(a.attributes.resource_id)
	not names_a_table(a)
}

names_a_table(a) if {
	some ref in items(object.get(a, "refs", []))
	some other in managed("aws_dynamodb_table")
	same_resource(ref, other.address)
}

# same_resource(ref, address): ref names the resource at address, or all instances of its count/for_each.
same_resource(ref, address) if ref == address

same_resource(ref, address) if ref == regex.replace(address, `\[[^\]]*\]$`, "")

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)

# managed(t) is the set of managed (not data) resources of type t with known attributes.
managed(t) := {r |
	some r in input.resources
	r.type == t
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}
