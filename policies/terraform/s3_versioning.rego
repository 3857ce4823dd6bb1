# METADATA
# title: S3 buckets keep object versions
# description: Without versioning an overwritten or deleted object cannot be recovered.
# custom:
#   id: TG-AWS-S3-003
#   severity: medium
#   dimension: reliability
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["CP-9"], aws-well-architected: ["REL09"]}
#   remediation: |
#     Enable versioning on the bucket:
#       resource "aws_s3_bucket_versioning" "data" {
#         bucket = aws_s3_bucket.data.id
#         versioning_configuration {
#           status = "Enabled"
#         }
#       }
package tollgate.terraform.s3_versioning

import rego.v1

import data.tollgate.lib

# A bucket with neither inline versioning enabled nor an aws_s3_bucket_versioning resource.
deny contains finding if {
	some b in managed("aws_s3_bucket")
	not inline_enabled(b)
	not versioned_by_resource(b)
	finding := {
		"resource": b.address,
		"path": inline_path(b),
		"message": sprintf("S3 bucket %s does not enable versioning.", [b.address]),
	}
}

# An aws_s3_bucket_versioning resource that suspends or disables versioning.
deny contains finding if {
	some v in managed("aws_s3_bucket_versioning")
	status := v.attributes.versioning_configuration[0].status
	is_string(status)
	status != "Enabled"
	finding := {
		"resource": v.address,
		"path": ["versioning_configuration", 0, "status"],
		"message": sprintf("Bucket versioning %s sets status %s instead of Enabled.", [v.address, status]),
	}
}

# inline_enabled(b): the inline versioning block enables versioning, or cannot be known.
inline_enabled(b) if lib.is_unknown(b.attributes.versioning)

inline_enabled(b) if {
	some v in items(b.attributes.versioning)
	lib.is_unknown(v)
}

inline_enabled(b) if {
	some v in items(b.attributes.versioning)
	is_object(v)
	not known_false(object.get(v, "enabled", false))
}

inline_path(b) := ["versioning", 0, "enabled"] if is_object(b.attributes.versioning[0])

inline_path(b) := ["versioning"] if not is_object(b.attributes.versioning[0])

versioned_by_resource(b) if {
	some v in managed("aws_s3_bucket_versioning")
	for_bucket(v, b)
}

known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}

known_false(x) if x == null

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

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
