# METADATA
# title: SNS topics encrypt messages at rest
# description: A topic without a KMS key keeps published messages unencrypted at rest while SNS stores them for delivery.
# custom:
#   id: TG-AWS-SNS-001
#   severity: medium
#   dimension: security
#   kinds: [aws]
#   frameworks: {nist-800-53: ["SC-28"]}
#   remediation: |
#     Encrypt the topic with a KMS key (a customer managed key if other accounts or services publish to it):
#       aws sns set-topic-attributes --topic-arn TOPIC_ARN --attribute-name KmsMasterKeyId --attribute-value KEY_ARN
#     and in the code that deploys it (Terraform aws_sns_topic kms_master_key_id, CloudFormation
#     KmsMasterKeyId).
package tollgate.aws.sns_encryption

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::SNS::Topic")
	c := configuration(r)
	key := field(c, ["KmsMasterKeyId", "kmsMasterKeyId"])
	object.get(c, key, null) in {null, ""}
	finding := {
		"resource": r.address,
		"path": ["configuration", key],
		"message": sprintf("SNS topic %s in %s does not encrypt its messages with a KMS key.", [r.name, r.region]),
	}
}

# field(c, names) is the first of the spellings names that c has (AWS Config records these
# attributes in PascalCase), the first spelling when it has none.
field(c, names) := [name | some name in names; name in object.keys(c)][0]

field(c, names) := names[0] if {
	every name in names {
		not name in object.keys(c)
	}
}

# configuration(r) is the item's configuration, {} when it has none.
configuration(r) := r.configuration if is_object(r.configuration)

configuration(r) := {} if not is_object(r.configuration)

