# METADATA
# title: DynamoDB tables have deletion protection
# description: Without deletion protection a stray destroy, a renamed resource or a console click deletes the table and all of its items at once.
# custom:
#   id: TG-AWS-DDB-003
#   severity: medium
#   dimension: reliability
#   kinds: [terraform]
#   frameworks: {}
#   remediation: |
#     Turn on deletion protection:
#       resource "aws_dynamodb_table" "orders" {
#         name                        = "orders"
#         billing_mode                = "PAY_PER_REQUEST"
#         hash_key                    = "id"
#         deletion_protection_enabled = true
#         attribute {
#           name = "id"
#           type = "S"
#         }
#       }
package tollgate.terraform.dynamodb_deletion_protection

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in managed("aws_dynamodb_table")
	not_true(object.get(r.attributes, "deletion_protection_enabled", null))
	finding := {
		"resource": r.address,
		"path": ["deletion_protection_enabled"],
		"message": sprintf("DynamoDB table %s does not set deletion_protection_enabled = true.", [r.address]),
	}
}

# not_true(x): x is absent or a known false; an unknown value is neither.
not_true(x) if x == null

not_true(x) if x == false

not_true(x) if {
	is_string(x)
	lower(x) == "false"
}

# managed(t) is the set of managed (not data) resources of type t with known attributes.
managed(t) := {r |
	some r in input.resources
	r.type == t
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}
