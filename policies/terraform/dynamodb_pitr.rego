# METADATA
# title: DynamoDB tables have point-in-time recovery
# description: Without point-in-time recovery a bad deploy, a buggy batch job or an accidental delete of items cannot be undone; with it the table can be restored to any second of the last 35 days.
# custom:
#   id: TG-AWS-DDB-001
#   severity: medium
#   dimension: reliability
#   kinds: [terraform]
#   frameworks: {aws-well-architected: ["REL09"], nist-800-53: ["CP-9"]}
#   remediation: |
#     Turn on point-in-time recovery:
#       resource "aws_dynamodb_table" "orders" {
#         name         = "orders"
#         billing_mode = "PAY_PER_REQUEST"
#         hash_key     = "id"
#         attribute {
#           name = "id"
#           type = "S"
#         }
#         point_in_time_recovery {
#           enabled = true
#         }
#       }
package tollgate.terraform.dynamodb_pitr

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("aws_dynamodb_table")
	managed(r)
	not lib.is_unknown(object.get(attributes(r), "point_in_time_recovery", null))
	not lib.is_unknown(lib.block(r, "point_in_time_recovery"))
	not_enabled(object.get(attributes(r), ["point_in_time_recovery", 0, "enabled"], null))
	finding := {
		"resource": r.address,
		"path": ["point_in_time_recovery", 0, "enabled"],
		"message": sprintf("DynamoDB table %s has no point-in-time recovery, so lost or corrupted items cannot be restored.", [r.address]),
	}
}

# attributes(r) is the resource's attributes, {} when it has none.
attributes(r) := r.attributes if is_object(r.attributes)

attributes(r) := {} if not is_object(r.attributes)

# managed(r) leaves out data sources, which only read existing infrastructure.
managed(r) if {
	not r.mode == "data"
}

# is_true(x) is a known true, as a boolean or as the string HCL coerces to one.
is_true(x) if x == true

is_true(x) if {
	is_string(x)
	lower(x) == "true"
}

# not_enabled(x) is true when x is known and not true; an absent setting (null) counts.
not_enabled(x) if {
	not lib.is_unknown(x)
	not is_true(x)
}
