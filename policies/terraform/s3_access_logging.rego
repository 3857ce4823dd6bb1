# METADATA
# title: S3 buckets log server access
# description: Without server access logging there is no record of who read, wrote or deleted objects. Buckets that receive access logs are not required to log themselves.
# custom:
#   id: TG-AWS-S3-005
#   severity: low
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["AU-2"]}
#   remediation: |
#     Send the bucket's access logs to a dedicated log bucket:
#       resource "aws_s3_bucket_logging" "data" {
#         bucket        = aws_s3_bucket.data.id
#         target_bucket = aws_s3_bucket.access_logs.id
#         target_prefix = "data/"
#       }
package tollgate.terraform.s3_access_logging

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some b in managed("aws_s3_bucket")
	not has_block(b, "logging")
	not logged_by_resource(b)
	not log_target(b)
	finding := {
		"resource": b.address,
		"path": ["logging"],
		"message": sprintf("S3 bucket %s does not log server access.", [b.address]),
	}
}

logged_by_resource(b) if {
	some c in managed("aws_s3_bucket_logging")
	for_bucket(c, b)
}

# log_target(b): b receives the access logs of a bucket, or carries the log-delivery ACL.
log_target(b) if b.attributes.acl == "log-delivery-write"

log_target(b) if {
	some c in managed("aws_s3_bucket_acl")
	c.attributes.acl == "log-delivery-write"
	for_bucket(c, b)
}

log_target(b) if {
	some c in managed("aws_s3_bucket_logging")
	names_bucket(c.attributes.target_bucket, b)
}

log_target(b) if {
	some other in managed("aws_s3_bucket")
	some l in items(other.attributes.logging)
	names_bucket(l.target_bucket, b)
}

names_bucket(x, b) if same_resource(x.__ref__, b.address)

names_bucket(x, b) if {
	is_string(x)
	x == b.attributes.bucket
}

# managed(t) is the set of managed (not data) resources of type t.
managed(t) := {r | some r in input.resources; r.type == t; object.get(r, "mode", "managed") == "managed"; is_object(r.attributes)}

# has_block(r, name) is true when r has at least one `name` block, or one that cannot be known.
has_block(r, name) if is_object(r.attributes[name])

has_block(r, name) if {
	some blk in items(r.attributes[name])
	is_object(blk)
}

# for_bucket(c, b) is true when the bucket-level resource c applies, or may apply, to bucket b.
for_bucket(c, b) if {
	some ref in items(object.get(c, "refs", []))
	same_resource(ref, b.address)
}

for_bucket(c, b) if same_resource(c.attributes.bucket.__ref__, b.address)

for_bucket(c, b) if {
	is_string(c.attributes.bucket)
	c.attributes.bucket == b.attributes.bucket
}

# A bucket argument that cannot be known and names no resource may be any bucket.
for_bucket(c, b) if {
	lib.is_unknown(c.attributes.bucket)
	not c.attributes.bucket.__ref__
}

# same_resource(ref, address): ref names the resource at address, or all instances of its count/for_each.
same_resource(ref, address) if ref == address

same_resource(ref, address) if ref == regex.replace(address, `\[[^\]]*\]$`, "")

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
