# METADATA
# title: S3 buckets block public access
# description: A bucket without a PublicAccessBlockConfiguration that turns on all four settings can be made public by a single ACL or bucket policy.
# custom:
#   id: TG-AWS-S3-002
#   severity: high
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {cis-aws-foundations: ["2.1.4"], nist-800-53: ["AC-3"]}
#   remediation: |
#     Set all four settings of PublicAccessBlockConfiguration to true:
#       DataBucket:
#         Type: AWS::S3::Bucket
#         Properties:
#           PublicAccessBlockConfiguration:
#             BlockPublicAcls: true
#             BlockPublicPolicy: true
#             IgnorePublicAcls: true
#             RestrictPublicBuckets: true
package tollgate.cloudformation.s3_public_access_block

import rego.v1

import data.tollgate.lib

settings := ["BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"]

deny contains finding if {
	some r in lib.resources("AWS::S3::Bucket")
	p := props(r)
	object.get(p, "PublicAccessBlockConfiguration", null) == null
	finding := {
		"resource": r.address,
		"path": ["PublicAccessBlockConfiguration"],
		"message": sprintf("S3 bucket %s has no PublicAccessBlockConfiguration.", [r.address]),
	}
}

deny contains finding if {
	some r in lib.resources("AWS::S3::Bucket")
	config := props(r).PublicAccessBlockConfiguration
	is_object(config)
	not lib.is_unknown(config)
	some setting in settings
	not_enabled(config, setting)
	finding := {
		"resource": r.address,
		"path": ["PublicAccessBlockConfiguration", setting],
		"message": sprintf("S3 bucket %s does not set PublicAccessBlockConfiguration.%s to true.", [r.address, setting]),
	}
}

# A setting left out of PublicAccessBlockConfiguration is false.
not_enabled(config, setting) if known_false(config[setting])

not_enabled(config, setting) if object.get(config, setting, null) == null

known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}

# props(r) is the resource's Properties when they are a known object.
props(r) := p if {
	p := object.get(r, "attributes", {})
	is_object(p)
	not lib.is_unknown(p)
}
