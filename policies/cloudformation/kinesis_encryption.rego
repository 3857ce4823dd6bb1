# METADATA
# title: Kinesis streams are encrypted
# description: A Kinesis data stream without StreamEncryption stores its records unencrypted for the whole retention period. KMS encryption with the AWS managed key alias/aws/kinesis costs nothing to set up and is transparent to producers and consumers.
# custom:
#   id: TG-AWS-KIN-001
#   severity: medium
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SC-28"]}
#   remediation: |
#     Encrypt the stream with KMS (the AWS managed key or a customer managed key):
#       Clicks:
#         Type: AWS::Kinesis::Stream
#         Properties:
#           RetentionPeriodHours: 24
#           StreamModeDetails:
#             StreamMode: ON_DEMAND
#           StreamEncryption:
#             EncryptionType: KMS
#             KeyId: alias/aws/kinesis
package tollgate.cloudformation.kinesis_encryption

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in streams
	object.get(r.attributes, "StreamEncryption", null) == null
	finding := {
		"resource": r.address,
		"path": ["StreamEncryption"],
		"message": sprintf("Kinesis stream %s has no StreamEncryption; its records are stored unencrypted.", [r.address]),
	}
}

deny contains finding if {
	some r in streams
	kind := r.attributes.StreamEncryption.EncryptionType
	is_string(kind)
	upper(kind) == "NONE"
	finding := {
		"resource": r.address,
		"path": ["StreamEncryption", "EncryptionType"],
		"message": sprintf("Kinesis stream %s sets EncryptionType to NONE; its records are stored unencrypted.", [r.address]),
	}
}

streams contains r if {
	some r in lib.resources("AWS::Kinesis::Stream")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}
