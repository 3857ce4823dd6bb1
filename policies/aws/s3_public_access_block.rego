# METADATA
# title: S3 buckets block public access
# description: |
#   A deployed bucket whose public access block, together with the account-level block, does not
#   turn on all four settings can be made public by a single ACL or bucket policy. An account-level
#   block (AWS::S3::AccountPublicAccessBlock) that leaves a setting off is reported as well.
# custom:
#   id: TG-AWS-S3-002
#   severity: high
#   dimension: security
#   kinds: [aws]
#   frameworks: {cis-aws-foundations: ["2.1.4"], nist-800-53: ["AC-3"]}
#   remediation: |
#     Turn on all four settings for the bucket (or once for the whole account with
#     aws s3control put-public-access-block --account-id ACCOUNT ...):
#       aws s3api put-public-access-block --bucket BUCKET --public-access-block-configuration \
#         BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true
#     and declare it in the code that deploys the bucket (Terraform
#     aws_s3_bucket_public_access_block or aws_s3_account_public_access_block, CloudFormation
#     PublicAccessBlockConfiguration).
package tollgate.aws.s3_public_access_block

import rego.v1

import data.tollgate.lib

settings := ["blockPublicAcls", "ignorePublicAcls", "blockPublicPolicy", "restrictPublicBuckets"]

# A bucket without a bucket-level block, where the account-level block leaves settings off.
deny contains finding if {
	some r in lib.resources("AWS::S3::Bucket")
	not is_object(supplementary(r).PublicAccessBlockConfiguration)
	open := [s | some s in settings; not account_blocks(s)]
	count(open) > 0
	finding := {
		"resource": r.address,
		"path": ["supplementary", "PublicAccessBlockConfiguration"],
		"message": sprintf("S3 bucket %s in %s has no public access block, and no account-level block sets %s.", [r.name, r.region, concat(", ", open)]),
	}
}

# A bucket-level block that leaves a setting off, where the account-level block does not set it.
deny contains finding if {
	some r in lib.resources("AWS::S3::Bucket")
	block := supplementary(r).PublicAccessBlockConfiguration
	is_object(block)
	some s in settings
	not is_true(object.get(block, s, null))
	not account_blocks(s)
	finding := {
		"resource": r.address,
		"path": ["supplementary", "PublicAccessBlockConfiguration", s],
		"message": sprintf("S3 bucket %s in %s does not set %s in its public access block.", [r.name, r.region, s]),
	}
}

# An account-level block that leaves a setting off.
deny contains finding if {
	some a in lib.resources("AWS::S3::AccountPublicAccessBlock")
	c := a.configuration
	is_object(c)
	some s in settings
	not is_true(object.get(c, s, null))
	finding := {
		"resource": a.address,
		"path": ["configuration", s],
		"message": sprintf("The account-level S3 public access block of account %s does not set %s.", [a.account, s]),
	}
}

# account_blocks(s): an account-level block of this account turns setting s on.
account_blocks(s) if {
	some a in lib.resources("AWS::S3::AccountPublicAccessBlock")
	is_true(object.get(configuration(a), s, null))
}

is_true(x) if x == true

is_true(x) if {
	is_string(x)
	lower(x) == "true"
}

# configuration(r) is the item's configuration, {} when it has none.
configuration(r) := r.configuration if is_object(r.configuration)

configuration(r) := {} if not is_object(r.configuration)

# supplementary(r) is the item's supplementary configuration, {} when it has none.
supplementary(r) := r.supplementary if is_object(r.supplementary)

supplementary(r) := {} if not is_object(r.supplementary)
