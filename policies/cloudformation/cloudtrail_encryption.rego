# METADATA
# title: CloudTrail trails encrypt logs with a KMS key
# description: Without a customer managed KMS key anyone who can read the log bucket can read the trail; with one, reading also needs kms:Decrypt and every use of the key is itself logged.
# custom:
#   id: TG-AWS-CT-003
#   severity: medium
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {cis-aws-foundations: ["3.5"], nist-800-53: ["AU-9", "SC-28"]}
#   remediation: |
#     Encrypt the trail with a customer managed KMS key whose policy lets CloudTrail use it:
#       Trail:
#         Type: AWS::CloudTrail::Trail
#         Properties:
#           IsLogging: true
#           S3BucketName: !Ref TrailBucket
#           KMSKeyId: !GetAtt TrailKey.Arn
package tollgate.cloudformation.cloudtrail_encryption

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::CloudTrail::Trail")
	object.get(attributes(r), "KMSKeyId", null) in {null, ""}
	finding := {
		"resource": r.address,
		"path": ["KMSKeyId"],
		"message": sprintf("CloudTrail trail %s does not encrypt its logs with a KMS key.", [r.address]),
	}
}

# attributes(r) is the resource's resolved Properties, {} when it has none.
attributes(r) := r.attributes if is_object(r.attributes)

attributes(r) := {} if not is_object(r.attributes)
