# METADATA
# title: Firehose delivery streams are encrypted
# description: A Direct PUT Firehose delivery stream buffers the records it receives without encryption unless server-side encryption is enabled, which is off by default. Streams that read from a Kinesis data stream or MSK take their protection from the source and cannot enable it, so they are not reported.
# custom:
#   id: TG-AWS-KIN-002
#   severity: low
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SC-28"]}
#   remediation: |
#     Enable server-side encryption on the delivery stream:
#       resource "aws_kinesis_firehose_delivery_stream" "events" {
#         name        = "events"
#         destination = "extended_s3"
#         extended_s3_configuration {
#           role_arn   = aws_iam_role.firehose.arn
#           bucket_arn = aws_s3_bucket.events.arn
#         }
#         server_side_encryption {
#           enabled  = true
#           key_type = "AWS_OWNED_CMK"
#         }
#       }
package tollgate.terraform.firehose_encryption

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in direct_put
	no_block(r.attributes, "server_side_encryption")
	finding := {
		"resource": r.address,
		"path": ["server_side_encryption"],
		"message": sprintf("Firehose delivery stream %s has no server_side_encryption block; the records it buffers are not encrypted.", [r.address]),
	}
}

deny contains finding if {
	some r in direct_put
	some i, block in items(r.attributes.server_side_encryption)
	is_object(block)
	not lib.is_unknown(block)
	off(object.get(block, "enabled", false))
	finding := {
		"resource": r.address,
		"path": ["server_side_encryption", i, "enabled"],
		"message": sprintf("Firehose delivery stream %s does not set enabled = true in server_side_encryption; the records it buffers are not encrypted.", [r.address]),
	}
}

# Streams fed by a Kinesis data stream or MSK cannot enable server-side encryption.
direct_put contains r if {
	some r in managed("aws_kinesis_firehose_delivery_stream")
	no_block(r.attributes, "kinesis_source_configuration")
	no_block(r.attributes, "msk_source_configuration")
}

no_block(attrs, name) if object.get(attrs, name, null) == null

no_block(attrs, name) if {
	is_array(attrs[name])
	count(attrs[name]) == 0
}

off(x) if x == null

off(x) if x == false

off(x) if {
	is_string(x)
	lower(x) == "false"
}

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
