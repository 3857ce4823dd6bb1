# METADATA
# title: S3 buckets encrypt data at rest
# description: An S3 bucket without a server-side encryption configuration of its own leaves the choice of encryption to account defaults instead of the code that declares it.
# custom:
#   id: TG-AWS-S3-001
#   severity: high
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SC-28"], pci-dss-4.0: ["3.5.1"]}
#   remediation: |
#     Declare a server-side encryption configuration for the bucket, preferably with a KMS key:
#       resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
#         bucket = aws_s3_bucket.data.id
#         rule {
#           apply_server_side_encryption_by_default {
#             sse_algorithm     = "aws:kms"
#             kms_master_key_id = aws_kms_key.data.arn
#           }
#         }
#       }
package tollgate.terraform.s3_encryption

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some b in managed("aws_s3_bucket")
	not has_block(b, "server_side_encryption_configuration")
	not encrypted_by_resource(b)
	finding := {
		"resource": b.address,
		"path": ["server_side_encryption_configuration"],
		"message": sprintf("S3 bucket %s has no server-side encryption configuration.", [b.address]),
	}
}

encrypted_by_resource(b) if {
	some c in managed("aws_s3_bucket_server_side_encryption_configuration")
	for_bucket(c, b)
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
