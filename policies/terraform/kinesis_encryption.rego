# METADATA
# title: Kinesis streams are encrypted
# description: A Kinesis data stream without server-side encryption stores its records unencrypted for the whole retention period. encryption_type defaults to NONE; KMS encryption with the AWS managed key alias/aws/kinesis costs nothing to set up and is transparent to producers and consumers.
# custom:
#   id: TG-AWS-KIN-001
#   severity: medium
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SC-28"]}
#   remediation: |
#     Encrypt the stream with KMS (the AWS managed key or a customer managed key):
#       resource "aws_kinesis_stream" "clicks" {
#         name             = "clicks"
#         retention_period = 24
#         encryption_type  = "KMS"
#         kms_key_id       = "alias/aws/kinesis"
#         stream_mode_details {
#           stream_mode = "ON_DEMAND"
#         }
#       }
package tollgate.terraform.kinesis_encryption

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in managed("aws_kinesis_stream")
	object.get(r.attributes, "encryption_type", null) == null
	finding := {
		"resource": r.address,
		"path": ["encryption_type"],
		"message": sprintf("Kinesis stream %s does not set encryption_type = \"KMS\"; its records are stored unencrypted.", [r.address]),
	}
}

deny contains finding if {
	some r in managed("aws_kinesis_stream")
	is_string(r.attributes.encryption_type)
	upper(r.attributes.encryption_type) == "NONE"
	finding := {
		"resource": r.address,
		"path": ["encryption_type"],
		"message": sprintf("Kinesis stream %s sets encryption_type = \"NONE\"; its records are stored unencrypted.", [r.address]),
	}
}

# managed(t) is the set of managed (not data) resources of type t with known attributes.
managed(t) := {r |
	some r in input.resources
	r.type == t
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}
