# METADATA
# title: S3 buckets encrypt data at rest
# description: An S3 bucket without a BucketEncryption property leaves the choice of encryption to account defaults instead of the template that declares it.
# custom:
#   id: TG-AWS-S3-001
#   severity: high
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SC-28"], pci-dss-4.0: ["3.5.1"]}
#   remediation: |
#     Add a BucketEncryption property, preferably with a KMS key:
#       DataBucket:
#         Type: AWS::S3::Bucket
#         Properties:
#           BucketEncryption:
#             ServerSideEncryptionConfiguration:
#               - ServerSideEncryptionByDefault:
#                   SSEAlgorithm: aws:kms
#                   KMSMasterKeyID: !Ref DataKey
#                 BucketKeyEnabled: true
package tollgate.cloudformation.s3_encryption

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::S3::Bucket")
	p := props(r)
	object.get(p, "BucketEncryption", null) == null
	finding := {
		"resource": r.address,
		"path": ["BucketEncryption"],
		"message": sprintf("S3 bucket %s has no BucketEncryption configuration.", [r.address]),
	}
}

# props(r) is the resource's Properties when they are a known object.
props(r) := p if {
	p := object.get(r, "attributes", {})
	is_object(p)
	not lib.is_unknown(p)
}
