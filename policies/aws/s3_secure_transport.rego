# METADATA
# title: S3 bucket policies deny requests without TLS
# description: |
#   S3 accepts plain HTTP requests unless the bucket policy denies them; objects, presigned URLs
#   and request signatures can then travel unencrypted. A deployed bucket is reported when its
#   policy has no Deny statement for requests whose aws:SecureTransport is false.
# custom:
#   id: TG-AWS-S3-006
#   severity: medium
#   dimension: security
#   kinds: [aws]
#   frameworks: {cis-aws-foundations: ["2.1.1"], nist-800-53: ["SC-8"]}
#   remediation: |
#     Add a statement to the bucket policy that denies every request made without TLS (merge it
#     with the existing statements, put-bucket-policy replaces the whole policy):
#       {"Sid": "DenyInsecureTransport", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
#        "Resource": ["arn:aws:s3:::BUCKET", "arn:aws:s3:::BUCKET/*"],
#        "Condition": {"Bool": {"aws:SecureTransport": "false"}}}
#       aws s3api put-bucket-policy --bucket BUCKET --policy file://policy.json
#     and add the same statement to the code that deploys the bucket (Terraform
#     aws_s3_bucket_policy, CloudFormation AWS::S3::BucketPolicy).
package tollgate.aws.s3_secure_transport

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::S3::Bucket")
	not denies_insecure(policy(r))
	finding := {
		"resource": r.address,
		"path": ["supplementary", "BucketPolicy"],
		"message": sprintf("S3 bucket %s in %s has no bucket policy that denies requests made without TLS (aws:SecureTransport = false).", [r.name, r.region]),
	}
}

# policy(r) is the bucket policy document, {} when the bucket has none (AWS Config records
# policyText null).
policy(r) := p if {
	p := lib.json_document(supplementary(r).BucketPolicy.policyText)
	is_object(p)
} else := {}

denies_insecure(p) if {
	some s in lib.as_list(p.Statement)
	is_object(s)
	s.Effect == "Deny"
	is_object(s.Condition)
	some operator, keys in s.Condition
	operator in {"Bool", "BoolIfExists"}
	is_object(keys)
	some key, values in keys
	lower(key) == "aws:securetransport"
	some v in lib.as_list(values)
	false_value(v)
}

false_value(v) if v == false

false_value(v) if {
	is_string(v)
	lower(v) == "false"
}

# supplementary(r) is the item's supplementary configuration, {} when it has none.
supplementary(r) := r.supplementary if is_object(r.supplementary)

supplementary(r) := {} if not is_object(r.supplementary)
