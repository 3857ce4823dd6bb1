# METADATA
# title: S3 buckets are not shared through public ACLs
# description: A canned ACL or grant for AllUsers or AuthenticatedUsers lets anyone on the internet, or any AWS account, read or write the bucket.
# custom:
#   id: TG-AWS-S3-004
#   severity: critical
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["AC-3"]}
#   remediation: |
#     Use a private ACL (or disable ACLs with object ownership BucketOwnerEnforced) and
#     share objects through CloudFront or presigned URLs instead:
#       resource "aws_s3_bucket_ownership_controls" "data" {
#         bucket = aws_s3_bucket.data.id
#         rule {
#           object_ownership = "BucketOwnerEnforced"
#         }
#       }
package tollgate.terraform.s3_public_acl

import rego.v1

public_acls := {"public-read", "public-read-write", "authenticated-read"}

public_groups := {
	"http://acs.amazonaws.com/groups/global/AllUsers",
	"http://acs.amazonaws.com/groups/global/AuthenticatedUsers",
}

# A canned ACL on the bucket (legacy argument) or on an aws_s3_bucket_acl resource.
deny contains finding if {
	some r in input.resources
	r.type in {"aws_s3_bucket", "aws_s3_bucket_acl"}
	object.get(r, "mode", "managed") == "managed"
	acl := r.attributes.acl
	acl in public_acls
	finding := {
		"resource": r.address,
		"path": ["acl"],
		"message": sprintf("%s grants the public canned ACL %s.", [r.address, acl]),
	}
}

# An explicit grant to the AllUsers or AuthenticatedUsers group.
deny contains finding if {
	some r in input.resources
	r.type == "aws_s3_bucket_acl"
	object.get(r, "mode", "managed") == "managed"
	some i, grant in items(r.attributes.access_control_policy[0].grant)
	some grantee in items(grant.grantee)
	grantee.uri in public_groups
	finding := {
		"resource": r.address,
		"path": ["access_control_policy", 0, "grant", i],
		"message": sprintf("%s grants %s to %s.", [r.address, object.get(grant, "permission", "access"), grantee.uri]),
	}
}

# The legacy inline grant blocks of aws_s3_bucket.
deny contains finding if {
	some r in input.resources
	r.type == "aws_s3_bucket"
	object.get(r, "mode", "managed") == "managed"
	some i, grant in items(r.attributes.grant)
	grant.uri in public_groups
	finding := {
		"resource": r.address,
		"path": ["grant", i],
		"message": sprintf("S3 bucket %s grants access to %s.", [r.address, grant.uri]),
	}
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
