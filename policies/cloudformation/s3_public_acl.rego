# METADATA
# title: S3 buckets are not shared through public ACLs
# description: A canned ACL for AllUsers or AuthenticatedUsers lets anyone on the internet, or any AWS account, read or write the bucket.
# custom:
#   id: TG-AWS-S3-004
#   severity: critical
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["AC-3"]}
#   remediation: |
#     Remove the public AccessControl and disable ACLs; share objects through CloudFront
#     or presigned URLs instead:
#       SiteBucket:
#         Type: AWS::S3::Bucket
#         Properties:
#           OwnershipControls:
#             Rules:
#               - ObjectOwnership: BucketOwnerEnforced
package tollgate.cloudformation.s3_public_acl

import rego.v1

import data.tollgate.lib

public_acls := {"PublicRead", "PublicReadWrite", "AuthenticatedRead"}

deny contains finding if {
	some r in lib.resources("AWS::S3::Bucket")
	acl := r.attributes.AccessControl
	acl in public_acls
	finding := {
		"resource": r.address,
		"path": ["AccessControl"],
		"message": sprintf("S3 bucket %s grants the public canned ACL %s.", [r.address, acl]),
	}
}
