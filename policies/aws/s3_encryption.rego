# METADATA
# title: S3 buckets encrypt data at rest
# description: |
#   A deployed bucket whose AWS Config item records no server-side encryption configuration
#   leaves the choice of encryption to account defaults instead of a setting of its own.
#   AWS applies SSE-S3 to new buckets since 2023 and records that rule, so a bucket reported
#   here predates it or had its configuration deleted.
# custom:
#   id: TG-AWS-S3-001
#   severity: high
#   dimension: security
#   kinds: [aws]
#   frameworks: {nist-800-53: ["SC-28"], pci-dss-4.0: ["3.5.1"]}
#   remediation: |
#     Set default encryption on the bucket, preferably with a KMS key:
#       aws s3api put-bucket-encryption --bucket BUCKET --server-side-encryption-configuration \
#         '{"Rules": [{"ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "aws:kms", "KMSMasterKeyID": "KEY_ARN"}, "BucketKeyEnabled": true}]}'
#     and declare it in the code that deploys the bucket (Terraform
#     aws_s3_bucket_server_side_encryption_configuration, CloudFormation BucketEncryption).
package tollgate.aws.s3_encryption

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::S3::Bucket")
	not encrypted(supplementary(r))
	finding := {
		"resource": r.address,
		"path": ["supplementary", "ServerSideEncryptionConfiguration"],
		"message": sprintf("S3 bucket %s in %s has no server-side encryption configuration.", [r.name, r.region]),
	}
}

# encrypted(s): a default encryption rule names an algorithm (AES256, aws:kms, aws:kms:dsse).
encrypted(s) if {
	sse := s.ServerSideEncryptionConfiguration
	is_object(sse)
	some rule in items(sse.rules)
	is_object(rule)
	algorithm := rule.applyServerSideEncryptionByDefault.sseAlgorithm
	is_string(algorithm)
	algorithm != ""
}

# supplementary(r) is the item's supplementary configuration, {} when it has none.
supplementary(r) := r.supplementary if is_object(r.supplementary)

supplementary(r) := {} if not is_object(r.supplementary)

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
