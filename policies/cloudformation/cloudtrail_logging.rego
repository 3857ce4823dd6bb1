# METADATA
# title: Trails are logging
# description: A trail with logging turned off records nothing, so API activity in the account goes unaudited while the trail still looks configured.
# custom:
#   id: TG-AWS-CT-005
#   severity: high
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {cis-aws-foundations: ["3.1"], nist-800-53: ["AU-12"]}
#   remediation: |
#     Turn logging on:
#       Trail:
#         Type: AWS::CloudTrail::Trail
#         Properties:
#           IsLogging: true
#           IsMultiRegionTrail: true
#           S3BucketName: !Ref TrailBucket
package tollgate.cloudformation.cloudtrail_logging

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::CloudTrail::Trail")
	is_object(r.attributes)
	known_false(r.attributes.IsLogging)
	finding := {
		"resource": r.address,
		"path": ["IsLogging"],
		"message": sprintf("CloudTrail trail %s has logging turned off.", [r.address]),
	}
}

# CloudFormation accepts booleans as strings ("false").
known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}
