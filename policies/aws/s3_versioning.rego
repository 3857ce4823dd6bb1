# METADATA
# title: S3 buckets keep object versions
# description: Without versioning an overwritten or deleted object cannot be recovered. A deployed bucket whose versioning is Off or Suspended keeps only the latest version of each object.
# custom:
#   id: TG-AWS-S3-003
#   severity: medium
#   dimension: reliability
#   kinds: [aws]
#   frameworks: {nist-800-53: ["CP-9"], aws-well-architected: ["REL09"]}
#   remediation: |
#     Enable versioning on the bucket:
#       aws s3api put-bucket-versioning --bucket BUCKET --versioning-configuration Status=Enabled
#     and declare it in the code that deploys the bucket (Terraform aws_s3_bucket_versioning with
#     status = "Enabled", CloudFormation VersioningConfiguration Status Enabled).
package tollgate.aws.s3_versioning

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::S3::Bucket")
	state := status(r)
	state != "Enabled"
	finding := {
		"resource": r.address,
		"path": ["supplementary", "BucketVersioningConfiguration", "status"],
		"message": sprintf("S3 bucket %s in %s does not keep object versions (versioning is %s).", [r.name, r.region, state]),
	}
}

# status(r) is the recorded versioning status: Off (never enabled), Suspended or Enabled. AWS
# Config always records it; an item without it is read as Off.
status(r) := s if {
	versioning := supplementary(r).BucketVersioningConfiguration
	is_object(versioning)
	s := versioning.status
	is_string(s)
} else := "Off"

# supplementary(r) is the item's supplementary configuration, {} when it has none.
supplementary(r) := r.supplementary if is_object(r.supplementary)

supplementary(r) := {} if not is_object(r.supplementary)
