# METADATA
# title: S3 buckets block public access
# description: A bucket without a public access block that turns on all four settings can be made public by a single ACL or bucket policy.
# custom:
#   id: TG-AWS-S3-002
#   severity: high
#   dimension: security
#   kinds: [terraform]
#   frameworks: {cis-aws-foundations: ["2.1.4"], nist-800-53: ["AC-3"]}
#   remediation: |
#     Attach a public access block with all four settings enabled to every bucket
#     (or an aws_s3_account_public_access_block to the account):
#       resource "aws_s3_bucket_public_access_block" "data" {
#         bucket                  = aws_s3_bucket.data.id
#         block_public_acls       = true
#         block_public_policy     = true
#         ignore_public_acls      = true
#         restrict_public_buckets = true
#       }
package tollgate.terraform.s3_public_access_block

import rego.v1

import data.tollgate.lib

settings := ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"]

deny contains finding if {
	some b in managed("aws_s3_bucket")
	count(managed("aws_s3_account_public_access_block")) == 0
	not blocked_by_resource(b)
	finding := {
		"resource": b.address,
		"path": [],
		"message": sprintf("S3 bucket %s has no aws_s3_bucket_public_access_block.", [b.address]),
	}
}

deny contains finding if {
	some blk in managed("aws_s3_bucket_public_access_block") | managed("aws_s3_account_public_access_block")
	some setting in settings
	not_enabled(blk.attributes, setting)
	finding := {
		"resource": blk.address,
		"path": [setting],
		"message": sprintf("Public access block %s does not set %s to true.", [blk.address, setting]),
	}
}

blocked_by_resource(b) if {
	some blk in managed("aws_s3_bucket_public_access_block")
	for_bucket(blk, b)
}

# The four settings default to false when they are not set.
not_enabled(attrs, setting) if known_false(attrs[setting])

not_enabled(attrs, setting) if object.get(attrs, setting, null) == null

# managed(t) is the set of managed (not data) resources of type t.
managed(t) := {r | some r in input.resources; r.type == t; object.get(r, "mode", "managed") == "managed"; is_object(r.attributes)}

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

known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
