# METADATA
# title: CloudTrail trails encrypt logs with a KMS key
# description: Without a customer managed KMS key anyone who can read the log bucket can read the trail; with one, reading also needs kms:Decrypt and every use of the key is itself logged.
# custom:
#   id: TG-AWS-CT-003
#   severity: medium
#   dimension: security
#   kinds: [terraform]
#   frameworks: {cis-aws-foundations: ["3.5"], nist-800-53: ["AU-9", "SC-28"]}
#   remediation: |
#     Encrypt the trail with a customer managed KMS key whose policy lets CloudTrail use it:
#       resource "aws_cloudtrail" "main" {
#         name           = "main"
#         s3_bucket_name = aws_s3_bucket.trail.id
#         kms_key_id     = aws_kms_key.trail.arn
#       }
package tollgate.terraform.cloudtrail_encryption

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("aws_cloudtrail")
	managed(r)
	object.get(attributes(r), "kms_key_id", null) in {null, ""}
	finding := {
		"resource": r.address,
		"path": ["kms_key_id"],
		"message": sprintf("CloudTrail trail %s does not encrypt its logs with a KMS key.", [r.address]),
	}
}

# attributes(r) is the resource's attributes, {} when it has none.
attributes(r) := r.attributes if is_object(r.attributes)

attributes(r) := {} if not is_object(r.attributes)

# managed(r) leaves out data sources, which only read existing infrastructure.
managed(r) if {
	not r.mode == "data"
}
