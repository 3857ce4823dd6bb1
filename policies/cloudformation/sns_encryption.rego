# METADATA
# title: SNS topics encrypt messages at rest
# description: A topic without a KMS key keeps published messages unencrypted at rest while SNS stores them for delivery.
# custom:
#   id: TG-AWS-SNS-001
#   severity: medium
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SC-28"]}
#   remediation: |
#     Encrypt the topic with a KMS key (a customer managed key if other accounts or services publish to it):
#       AlertsTopic:
#         Type: AWS::SNS::Topic
#         Properties:
#           KmsMasterKeyId: !Ref TopicKey
package tollgate.cloudformation.sns_encryption

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::SNS::Topic")
	object.get(attributes(r), "KmsMasterKeyId", null) in {null, ""}
	finding := {
		"resource": r.address,
		"path": ["KmsMasterKeyId"],
		"message": sprintf("SNS topic %s does not encrypt its messages with a KMS key.", [r.address]),
	}
}

# attributes(r) is the resource's resolved Properties, {} when it has none.
attributes(r) := r.attributes if is_object(r.attributes)

attributes(r) := {} if not is_object(r.attributes)
