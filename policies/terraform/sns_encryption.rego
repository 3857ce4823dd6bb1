# METADATA
# title: SNS topics encrypt messages at rest
# description: A topic without a KMS key keeps published messages unencrypted at rest while SNS stores them for delivery.
# custom:
#   id: TG-AWS-SNS-001
#   severity: medium
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SC-28"]}
#   remediation: |
#     Encrypt the topic with a KMS key (a customer managed key if other accounts or services publish to it):
#       resource "aws_sns_topic" "alerts" {
#         name              = "alerts"
#         kms_master_key_id = aws_kms_key.sns.arn
#       }
package tollgate.terraform.sns_encryption

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("aws_sns_topic")
	managed(r)
	object.get(attributes(r), "kms_master_key_id", null) in {null, ""}
	finding := {
		"resource": r.address,
		"path": ["kms_master_key_id"],
		"message": sprintf("SNS topic %s does not encrypt its messages with a KMS key.", [r.address]),
	}
}

# attributes(r) is the resource's attributes, {} when it has none.
attributes(r) := r.attributes if is_object(r.attributes)

attributes(r) := {} if not is_object(r.attributes)

# managed(r) leaves out data sources, which only read existing infrastructure.
managed(r) if {
	not r.mode == "data"
}
