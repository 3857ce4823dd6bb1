# METADATA
# title: S3 bucket policies deny requests without TLS
# description: S3 accepts plain HTTP requests unless the bucket policy denies them; objects, presigned URLs and request signatures can then travel unencrypted. The usual guard is a Deny statement for any request whose aws:SecureTransport is false.
# custom:
#   id: TG-AWS-S3-006
#   severity: medium
#   dimension: security
#   kinds: [terraform]
#   frameworks: {cis-aws-foundations: ["2.1.1"], nist-800-53: ["SC-8"]}
#   remediation: |
#     Attach a bucket policy that denies every request made without TLS:
#       data "aws_iam_policy_document" "data_tls" {
#         statement {
#           sid       = "DenyInsecureTransport"
#           effect    = "Deny"
#           actions   = ["s3:*"]
#           resources = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]
#           principals {
#             type        = "*"
#             identifiers = ["*"]
#           }
#           condition {
#             test     = "Bool"
#             variable = "aws:SecureTransport"
#             values   = ["false"]
#           }
#         }
#       }
#       resource "aws_s3_bucket_policy" "data" {
#         bucket = aws_s3_bucket.data.id
#         policy = data.aws_iam_policy_document.data_tls.json
#       }
package tollgate.terraform.s3_secure_transport

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some b in managed("aws_s3_bucket")
	not inline_policy_may_deny(b)
	not policy_resource_may_deny(b)
	finding := {
		"resource": b.address,
		"path": ["policy"],
		"message": sprintf("S3 bucket %s has no bucket policy that denies requests made without TLS (aws:SecureTransport = false).", [b.address]),
	}
}

# The deprecated inline policy argument of aws_s3_bucket.
inline_policy_may_deny(b) if may_deny_insecure(b.attributes.policy)

policy_resource_may_deny(b) if {
	some p in managed("aws_s3_bucket_policy")
	for_bucket(p, b)
	may_deny_insecure(p.attributes.policy)
}

# for_bucket(p, b): the bucket policy resource p applies, or may apply, to bucket b.
for_bucket(p, b) if same_resource(p.attributes.bucket.__ref__, b.address)

for_bucket(p, b) if {
	is_string(p.attributes.bucket)
	p.attributes.bucket == b.attributes.bucket
}

# A bucket argument that cannot be known and names no resource may be any bucket.
for_bucket(p, b) if {
	lib.is_unknown(p.attributes.bucket)
	not p.attributes.bucket.__ref__
}

# may_deny_insecure(policy): the policy has a TLS-only Deny statement, or cannot be read well
# enough to say it has none.
may_deny_insecure(policy) if {
	doc := lib.json_document(policy)
	not lib.is_unknown(doc)
	some s in statements(doc)
	statement_may_deny(s)
}

may_deny_insecure(policy) if {
	is_string(policy)
	not json.is_valid(policy)
}

# An unknown policy that is not an aws_iam_policy_document of this module (jsonencode with
# unknown parts, a variable, a file of another module …).
may_deny_insecure(policy) if {
	lib.is_unknown(policy)
	not document_for(policy)
}

may_deny_insecure(policy) if {
	lib.is_unknown(policy)
	some d in documents
	same_resource(policy.__ref__, d.address)
	document_may_deny(d)
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

# A statement of an aws_iam_policy_document (effect defaults to Allow).
document_may_deny(d) if lib.is_unknown(d.attributes.statement)

document_may_deny(d) if {
	some s in items(d.attributes.statement)
	lib.is_unknown(s)
}

document_may_deny(d) if {
	some s in items(d.attributes.statement)
	is_object(s)
	may_be(object.get(s, "effect", "Allow"), "Deny")
	document_condition_may_require_tls(s.condition)
}

# Documents merged into this one may bring the statement.
document_may_deny(d) if {
	some attribute in ["source_policy_documents", "override_policy_documents", "source_json", "override_json"]
	object.get(d.attributes, attribute, null) != null
}

document_condition_may_require_tls(conditions) if lib.is_unknown(conditions)

document_condition_may_require_tls(conditions) if {
	some c in items(conditions)
	lib.is_unknown(c)
}

document_condition_may_require_tls(conditions) if {
	some c in items(conditions)
	is_object(c)
	may_be(c.test, "Bool")
	may_be_ci(c.variable, "aws:securetransport")
	values_may_be_false(c.values)
}

document_condition_may_require_tls(conditions) if {
	some c in items(conditions)
	is_object(c)
	may_be(c.test, "BoolIfExists")
	may_be_ci(c.variable, "aws:securetransport")
	values_may_be_false(c.values)
}

document_for(policy) if {
	some d in documents
	same_resource(policy.__ref__, d.address)
}

documents contains d if {
	some d in input.resources
	d.type == "aws_iam_policy_document"
	d.mode == "data"
	is_object(d.attributes)
}

# may_be(x, v): x is v, or cannot be known.
may_be(x, v) if x == v

may_be(x, _) if lib.is_unknown(x)

may_be_ci(x, v) if {
	is_string(x)
	lower(x) == v
}

may_be_ci(x, _) if lib.is_unknown(x)

# same_resource(ref, address): ref names the resource at address, or all instances of its count/for_each.
same_resource(ref, address) if ref == address

same_resource(ref, address) if ref == regex.replace(address, `\[[^\]]*\]$`, "")

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)

# managed(t) is the set of managed (not data) resources of type t with known attributes.
managed(t) := {r |
	some r in input.resources
	r.type == t
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}
