# METADATA
# title: S3 bucket policies deny requests without TLS
# description: S3 accepts plain HTTP requests unless the bucket policy denies them; objects, presigned URLs and request signatures can then travel unencrypted. The usual guard is a Deny statement for any request whose aws:SecureTransport is false.
# custom:
#   id: TG-AWS-S3-006
#   severity: medium
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {cis-aws-foundations: ["2.1.1"], nist-800-53: ["SC-8"]}
#   remediation: |
#     Attach a bucket policy that denies every request made without TLS:
#       DataBucketPolicy:
#         Type: AWS::S3::BucketPolicy
#         Properties:
#           Bucket: !Ref DataBucket
#           PolicyDocument:
#             Version: "2012-10-17"
#             Statement:
#               - Sid: DenyInsecureTransport
#                 Effect: Deny
#                 Principal: "*"
#                 Action: s3:*
#                 Resource:
#                   - !GetAtt DataBucket.Arn
#                   - !Sub ${DataBucket.Arn}/*
#                 Condition:
#                   Bool:
#                     aws:SecureTransport: "false"
package tollgate.cloudformation.s3_secure_transport

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some b in lib.resources("AWS::S3::Bucket")
	is_object(b.attributes)
	not policy_may_deny(b)
	finding := {
		"resource": b.address,
		"path": [],
		"message": sprintf("S3 bucket %s has no bucket policy that denies requests made without TLS (aws:SecureTransport = false).", [b.address]),
	}
}

policy_may_deny(b) if {
	some p in lib.resources("AWS::S3::BucketPolicy")
	is_object(p.attributes)
	for_bucket(p, b)
	may_deny_insecure(p.attributes.PolicyDocument)
}

# for_bucket(p, b): the bucket policy p applies, or may apply, to bucket b.
for_bucket(p, b) if lib.refers_to(p.attributes.Bucket, b)

for_bucket(p, b) if {
	is_string(p.attributes.Bucket)
	p.attributes.Bucket == b.attributes.BucketName
}

# A Bucket that cannot be known and names no resource of the template may be any bucket.
for_bucket(p, b) if {
	lib.is_unknown(p.attributes.Bucket)
	not p.attributes.Bucket.__ref__
}

# may_deny_insecure(document): the policy has a TLS-only Deny statement, or cannot be read well
# enough to say it has none.
may_deny_insecure(document) if lib.is_unknown(document)

may_deny_insecure(document) if {
	doc := lib.json_document(document)
	not lib.is_unknown(doc)
	some s in statements(doc)
	statement_may_deny(s)
}

may_deny_insecure(document) if {
	is_string(document)
	not json.is_valid(document)
}

# statements(doc) is the list of statements of a policy document; an unknown Statement is kept
# as one unknown statement.
statements(doc) := lib.as_list(doc.Statement) if is_object(doc)

statement_may_deny(s) if lib.is_unknown(s)

statement_may_deny(s) if {
	is_object(s)
	not lib.is_unknown(s)
	may_be(s.Effect, "Deny")
	condition_may_require_tls(s.Condition)
}

condition_may_require_tls(c) if lib.is_unknown(c)

condition_may_require_tls(c) if {
	is_object(c)
	not lib.is_unknown(c)
	some operator, keys in c
	operator in {"Bool", "BoolIfExists"}
	keys_may_require_tls(keys)
}

keys_may_require_tls(keys) if lib.is_unknown(keys)

keys_may_require_tls(keys) if {
	is_object(keys)
	not lib.is_unknown(keys)
	some key, values in keys
	lower(key) == "aws:securetransport"
	values_may_be_false(values)
}

values_may_be_false(values) if lib.is_unknown(values)

values_may_be_false(values) if {
	some v in lib.as_list(values)
	false_value(v)
}

false_value(v) if lib.is_unknown(v)

false_value(v) if v == false

false_value(v) if {
	is_string(v)
	lower(v) == "false"
}

# may_be(x, v): x is v, or cannot be known.
may_be(x, v) if x == v

may_be(x, _) if lib.is_unknown(x)
