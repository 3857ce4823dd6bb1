# METADATA
# title: DynamoDB tables have point-in-time recovery
# description: Without point-in-time recovery a bad deploy, a buggy batch job or an accidental delete of items cannot be undone; with it the table can be restored to any second of the last 35 days.
# custom:
#   id: TG-AWS-DDB-001
#   severity: medium
#   dimension: reliability
#   kinds: [cloudformation]
#   frameworks: {aws-well-architected: ["REL09"], nist-800-53: ["CP-9"]}
#   remediation: |
#     Turn on point-in-time recovery:
#       OrdersTable:
#         Type: AWS::DynamoDB::Table
#         Properties:
#           BillingMode: PAY_PER_REQUEST
#           AttributeDefinitions:
#             - AttributeName: id
#               AttributeType: S
#           KeySchema:
#             - AttributeName: id
#               KeyType: HASH
#           PointInTimeRecoverySpecification:
#             PointInTimeRecoveryEnabled: true
package tollgate.cloudformation.dynamodb_pitr

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::DynamoDB::Table")
	not lib.is_unknown(object.get(attributes(r), "PointInTimeRecoverySpecification", null))
	not_enabled(object.get(attributes(r), ["PointInTimeRecoverySpecification", "PointInTimeRecoveryEnabled"], null))
	finding := {
		"resource": r.address,
		"path": ["PointInTimeRecoverySpecification", "PointInTimeRecoveryEnabled"],
		"message": sprintf("DynamoDB table %s has no point-in-time recovery, so lost or corrupted items cannot be restored.", [r.address]),
	}
}

# attributes(r) is the resource's resolved Properties, {} when it has none.
attributes(r) := r.attributes if is_object(r.attributes)

attributes(r) := {} if not is_object(r.attributes)

# is_true(x) is a known true, as a boolean or as the string templates often use.
is_true(x) if x == true

is_true(x) if {
	is_string(x)
	lower(x) == "true"
}

# not_enabled(x) is true when x is known and not true; an absent property (null) counts.
not_enabled(x) if {
	not lib.is_unknown(x)
	not is_true(x)
}
