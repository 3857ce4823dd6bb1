# METADATA
# title: Trails are logging
# description: A trail with logging turned off records nothing, so API activity in the account goes unaudited while the trail still looks configured.
# custom:
#   id: TG-AWS-CT-005
#   severity: high
#   dimension: security
#   kinds: [terraform]
#   frameworks: {cis-aws-foundations: ["3.1"], nist-800-53: ["AU-12"]}
#   remediation: |
#     Leave enable_logging at its default (true), or set it explicitly:
#       resource "aws_cloudtrail" "main" {
#         name                  = "main"
#         s3_bucket_name        = aws_s3_bucket.trail.id
#         is_multi_region_trail = true
#         enable_logging        = true
#       }
package tollgate.terraform.cloudtrail_logging

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("aws_cloudtrail")
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	known_false(r.attributes.enable_logging)
	finding := {
		"resource": r.address,
		"path": ["enable_logging"],
		"message": sprintf("CloudTrail trail %s has logging turned off.", [r.address]),
	}
}

# HCL converts the string "false" to a boolean.
known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}
