# METADATA
# title: S3 buckets keep object versions
# description: Without versioning an overwritten or deleted object cannot be recovered.
# custom:
#   id: TG-AWS-S3-003
#   severity: medium
#   dimension: reliability
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["CP-9"], aws-well-architected: ["REL09"]}
#   remediation: |
#     Enable versioning on the bucket:
#       DataBucket:
#         Type: AWS::S3::Bucket
#         Properties:
#           VersioningConfiguration:
#             Status: Enabled
package tollgate.cloudformation.s3_versioning

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::S3::Bucket")
	p := props(r)
	object.get(p, "VersioningConfiguration", null) == null
	finding := {
		"resource": r.address,
		"path": ["VersioningConfiguration"],
		"message": sprintf("S3 bucket %s has no VersioningConfiguration.", [r.address]),
	}
}

deny contains finding if {
	some r in lib.resources("AWS::S3::Bucket")
	status := props(r).VersioningConfiguration.Status
	is_string(status)
	status != "Enabled"
	finding := {
		"resource": r.address,
		"path": ["VersioningConfiguration", "Status"],
		"message": sprintf("S3 bucket %s sets versioning status %s instead of Enabled.", [r.address, status]),
	}
}

# props(r) is the resource's Properties when they are a known object.
props(r) := p if {
	p := object.get(r, "attributes", {})
	is_object(p)
	not lib.is_unknown(p)
}
