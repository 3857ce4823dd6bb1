# METADATA
# title: DynamoDB tables have deletion protection
# description: Without deletion protection a stray destroy, a renamed resource or a console click deletes the table and all of its items at once.
# custom:
#   id: TG-AWS-DDB-003
#   severity: medium
#   dimension: reliability
#   kinds: [cloudformation]
#   frameworks: {}
#   remediation: |
#     Turn on deletion protection:
#       OrdersTable:
#         Type: AWS::DynamoDB::Table
#         Properties:
#           BillingMode: PAY_PER_REQUEST
#           DeletionProtectionEnabled: true
#           AttributeDefinitions:
#             - AttributeName: id
#               AttributeType: S
#           KeySchema:
#             - AttributeName: id
#               KeyType: HASH
package tollgate.cloudformation.dynamodb_deletion_protection

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::DynamoDB::Table")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
	not_true(object.get(r.attributes, "DeletionProtectionEnabled", null))
	finding := {
		"resource": r.address,
		"path": ["DeletionProtectionEnabled"],
		"message": sprintf("DynamoDB table %s does not set DeletionProtectionEnabled to true.", [r.address]),
	}
}

# not_true(x): x is absent or a known false (CloudFormation accepts "false"); an unknown value is neither.
not_true(x) if x == null

not_true(x) if x == false

not_true(x) if {
	is_string(x)
	lower(x) == "false"
}
