# METADATA
# title: DynamoDB tables are encrypted with a customer managed key
# description: By default a DynamoDB table is encrypted with an AWS owned key, or with the aws/dynamodb AWS managed key when only server_side_encryption is enabled; neither can be restricted by a key policy, disabled in an incident or audited per table. A customer managed key gives that control.
# custom:
#   id: TG-AWS-DDB-002
#   severity: low
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SC-12", "SC-28"]}
#   remediation: |
#     Encrypt the table with a customer managed KMS key:
#       resource "aws_dynamodb_table" "orders" {
#         name         = "orders"
#         billing_mode = "PAY_PER_REQUEST"
#         hash_key     = "id"
#         attribute {
#           name = "id"
#           type = "S"
#         }
#         server_side_encryption {
#           enabled     = true
#           kms_key_arn = aws_kms_key.dynamodb.arn
#         }
#       }
package tollgate.terraform.dynamodb_cmk

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in managed("aws_dynamodb_table")
	object.get(r.attributes, "server_side_encryption", null) == null
	finding := {
		"resource": r.address,
		"path": ["server_side_encryption"],
		"message": sprintf("DynamoDB table %s has no server_side_encryption block, so it is encrypted with an AWS owned key.", [r.address]),
	}
}

deny contains finding if {
	some r in managed("aws_dynamodb_table")
	sse := lib.block(r, "server_side_encryption")
	not_true(object.get(sse, "enabled", null))
	finding := {
		"resource": r.address,
		"path": ["server_side_encryption", 0, "enabled"],
		"message": sprintf("DynamoDB table %s does not enable server_side_encryption with a KMS key, so it is encrypted with an AWS owned key.", [r.address]),
	}
}

deny contains finding if {
	some r in managed("aws_dynamodb_table")
	sse := lib.block(r, "server_side_encryption")
	truthy(object.get(sse, "enabled", null))
	object.get(sse, "kms_key_arn", null) == null
	finding := {
		"resource": r.address,
		"path": ["server_side_encryption", 0, "kms_key_arn"],
		"message": sprintf("DynamoDB table %s enables server_side_encryption without kms_key_arn, so it uses the AWS managed aws/dynamodb key.", [r.address]),
	}
}

deny contains finding if {
	some r in managed("aws_dynamodb_table")
	sse := lib.block(r, "server_side_encryption")
	key := object.get(sse, "kms_key_arn", null)
	is_string(key)
	contains(lower(key), "alias/aws/dynamodb")
	finding := {
		"resource": r.address,
		"path": ["server_side_encryption", 0, "kms_key_arn"],
		"message": sprintf("DynamoDB table %s is encrypted with the AWS managed key %s instead of a customer managed key.", [r.address, key]),
	}
}

truthy(x) if x == true

truthy(x) if {
	is_string(x)
	lower(x) == "true"
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
