# METADATA
# title: DynamoDB tables are encrypted with a customer managed key
# description: By default a DynamoDB table is encrypted with an AWS owned key, or with the aws/dynamodb AWS managed key when only server_side_encryption is enabled; neither can be restricted by a key policy, disabled in an incident or audited per table. A customer managed key gives that control.
# custom:
#   id: TG-AWS-DDB-002
#   severity: low
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SC-12", "SC-28"]}
#   remediation: |
#     Encrypt the table with a customer managed KMS key:
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
#           SSESpecification:
#             SSEEnabled: true
#             SSEType: KMS
#             KMSMasterKeyId: !Ref DynamoDbKey
package tollgate.cloudformation.dynamodb_cmk

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in tables
	object.get(r.attributes, "SSESpecification", null) == null
	finding := {
		"resource": r.address,
		"path": ["SSESpecification"],
		"message": sprintf("DynamoDB table %s has no SSESpecification, so it is encrypted with an AWS owned key.", [r.address]),
	}
}

deny contains finding if {
	some r in tables
	sse := specification(r)
	not_true(object.get(sse, "SSEEnabled", null))
	finding := {
		"resource": r.address,
		"path": ["SSESpecification", "SSEEnabled"],
		"message": sprintf("DynamoDB table %s does not enable SSESpecification with a KMS key, so it is encrypted with an AWS owned key.", [r.address]),
	}
}

deny contains finding if {
	some r in tables
	sse := specification(r)
	truthy(object.get(sse, "SSEEnabled", null))
	object.get(sse, "KMSMasterKeyId", null) == null
	finding := {
		"resource": r.address,
		"path": ["SSESpecification", "KMSMasterKeyId"],
		"message": sprintf("DynamoDB table %s enables SSE without KMSMasterKeyId, so it uses the AWS managed aws/dynamodb key.", [r.address]),
	}
}

deny contains finding if {
	some r in tables
	sse := specification(r)
	key := object.get(sse, "KMSMasterKeyId", null)
	is_string(key)
	contains(lower(key), "alias/aws/dynamodb")
	finding := {
		"resource": r.address,
		"path": ["SSESpecification", "KMSMasterKeyId"],
		"message": sprintf("DynamoDB table %s is encrypted with the AWS managed key %s instead of a customer managed key.", [r.address, key]),
	}
}

# specification(r) is the table's SSESpecification when it is a known object.
specification(r) := sse if {
	sse := r.attributes.SSESpecification
	is_object(sse)
	not lib.is_unknown(sse)
}

tables contains r if {
	some r in lib.resources("AWS::DynamoDB::Table")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}

# CloudFormation accepts booleans as strings.
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
