# METADATA
# title: CloudTrail trails encrypt logs with a KMS key
# description: Without a customer managed KMS key anyone who can read the log bucket can read the trail; with one, reading also needs kms:Decrypt and every use of the key is itself logged.
# custom:
#   id: TG-AWS-CT-003
#   severity: medium
#   dimension: security
#   kinds: [aws]
#   frameworks: {cis-aws-foundations: ["3.5"], nist-800-53: ["AU-9", "SC-28"]}
#   remediation: |
#     Encrypt the trail with a customer managed KMS key whose policy lets CloudTrail use it:
#       aws cloudtrail update-trail --name TRAIL --kms-key-id KEY_ARN
#     and in the code that deploys it (Terraform aws_cloudtrail kms_key_id, CloudFormation
#     KMSKeyId).
package tollgate.aws.cloudtrail_encryption

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in trails
	object.get(r.configuration, "kmsKeyId", null) in {null, ""}
	finding := {
		"resource": r.address,
		"path": ["configuration", "kmsKeyId"],
		"message": sprintf("CloudTrail trail %s in %s does not encrypt its logs with a KMS key.", [trail_name(r), r.region]),
	}
}

# trails is the set of trails recorded in their home region by their own account: AWS Config
# may also record a multi-region trail in the other regions, where it cannot be changed.
trails contains r if {
	some r in lib.resources("AWS::CloudTrail::Trail")
	is_object(r.configuration)
	object.get(r.configuration, "homeRegion", r.region) in {r.region, null}
	not other_account(r)
}

other_account(r) if {
	arn := r.configuration.trailARN
	is_string(arn)
	parts := split(arn, ":")
	count(parts) > 4
	parts[4] != r.account
}

# trail_name(r) is the trail's name as AWS Config records it.
trail_name(r) := n if {
	n := r.configuration.name
	is_string(n)
} else := r.name

