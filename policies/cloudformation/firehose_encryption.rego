# METADATA
# title: Firehose delivery streams are encrypted
# description: A Direct PUT Firehose delivery stream buffers the records it receives without encryption unless DeliveryStreamEncryptionConfigurationInput turns server-side encryption on. Streams that read from a Kinesis data stream, MSK or another source take their protection from the source and cannot enable it, so they are not reported.
# custom:
#   id: TG-AWS-KIN-002
#   severity: low
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SC-28"]}
#   remediation: |
#     Enable server-side encryption on the delivery stream:
#       Events:
#         Type: AWS::KinesisFirehose::DeliveryStream
#         Properties:
#           DeliveryStreamType: DirectPut
#           DeliveryStreamEncryptionConfigurationInput:
#             KeyType: AWS_OWNED_CMK
#           ExtendedS3DestinationConfiguration:
#             BucketARN: !GetAtt EventsBucket.Arn
#             RoleARN: !GetAtt FirehoseRole.Arn
package tollgate.cloudformation.firehose_encryption

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::KinesisFirehose::DeliveryStream")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
	direct_put(r.attributes)
	object.get(r.attributes, "DeliveryStreamEncryptionConfigurationInput", null) == null
	finding := {
		"resource": r.address,
		"path": ["DeliveryStreamEncryptionConfigurationInput"],
		"message": sprintf("Firehose delivery stream %s has no DeliveryStreamEncryptionConfigurationInput; the records it buffers are not encrypted.", [r.address]),
	}
}

# DeliveryStreamType defaults to DirectPut; other sources cannot enable server-side encryption.
direct_put(attrs) if {
	object.get(attrs, "DeliveryStreamType", "DirectPut") == "DirectPut"
	object.get(attrs, "KinesisStreamSourceConfiguration", null) == null
	object.get(attrs, "MSKSourceConfiguration", null) == null
}
