# METADATA
# title: Provisioned DynamoDB tables scale automatically
# description: A table in provisioned capacity mode without Application Auto Scaling keeps a fixed read and write capacity; a traffic peak beyond it is throttled and fails requests. Tables in on-demand (PAY_PER_REQUEST) mode scale by themselves and are not checked.
# custom:
#   id: TG-AWS-DDB-004
#   severity: medium
#   dimension: reliability
#   kinds: [cloudformation]
#   frameworks: {aws-well-architected: ["REL07"]}
#   remediation: |
#     Switch the table to on-demand capacity, or register it with Application Auto Scaling:
#       OrdersReadTarget:
#         Type: AWS::ApplicationAutoScaling::ScalableTarget
#         Properties:
#           ServiceNamespace: dynamodb
#           ResourceId: !Sub table/${OrdersTable}
#           ScalableDimension: dynamodb:table:ReadCapacityUnits
#           MinCapacity: 5
#           MaxCapacity: 100
#       OrdersReadPolicy:
#         Type: AWS::ApplicationAutoScaling::ScalingPolicy
#         Properties:
#           PolicyName: orders-read
#           PolicyType: TargetTrackingScaling
#           ScalingTargetId: !Ref OrdersReadTarget
#           TargetTrackingScalingPolicyConfiguration:
#             TargetValue: 70
#             PredefinedMetricSpecification:
#               PredefinedMetricType: DynamoDBReadCapacityUtilization
package tollgate.cloudformation.dynamodb_autoscaling

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some t in tables
	provisioned(t.attributes)
	not scaled(t)
	finding := {
		"resource": t.address,
		"path": ["ProvisionedThroughput"],
		"message": sprintf("DynamoDB table %s uses provisioned capacity without an Application Auto Scaling target, so traffic above its fixed capacity is throttled.", [t.address]),
	}
}

tables contains t if {
	some t in lib.resources("AWS::DynamoDB::Table")
	is_object(t.attributes)
	not lib.is_unknown(t.attributes)
}

# BillingMode defaults to PROVISIONED.
provisioned(attrs) if object.get(attrs, "BillingMode", null) == null

provisioned(attrs) if {
	is_string(attrs.BillingMode)
	upper(attrs.BillingMode) == "PROVISIONED"
}

scaled(t) if {
	some a in lib.resources("AWS::ApplicationAutoScaling::ScalableTarget")
	is_object(a.attributes)
	dynamodb(a.attributes)
	for_table(a, t)
}

# dynamodb(attrs): the target's namespace is dynamodb, or cannot be known.
dynamodb(attrs) if not is_string(attrs.ServiceNamespace)

dynamodb(attrs) if {
	is_string(attrs.ServiceNamespace)
	lower(attrs.ServiceNamespace) == "dynamodb"
}

# for_table(a, t): scalable target a is, or may be, for table t (or one of its indexes).
for_table(a, t) if t.address in items(object.get(a, "refs", []))

for_table(a, t) if {
	id := a.attributes.ResourceId
	is_string(id)
	name := t.attributes.TableName
	is_string(name)
	id == concat("/", ["table", name])
}

for_table(a, t) if {
	id := a.attributes.ResourceId
	is_string(id)
	name := t.attributes.TableName
	is_string(name)
	startswith(id, concat("/", ["table", name, ""]))
}

# A ResourceId that cannot be known and names no table of the template may be any table's.
for_table(a, t) if {
	lib.is_unknown(a.attributes.ResourceId)
	not names_a_table(a)
}

# A ResourceId that is absent or not a string (an unresolved import, a parameter) may be any table's.
for_table(a, t) if {
	object.get(a.attributes, "ResourceId", null) == null
	not names_a_table(a)
}

names_a_table(a) if {
	some ref in items(object.get(a, "refs", []))
	some other in tables
	other.address == ref
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
