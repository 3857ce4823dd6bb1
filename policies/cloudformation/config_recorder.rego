# METADATA
# title: AWS Config records all resource types
# description: A configuration recorder limited to some resource types, or that leaves out global resources such as IAM users, roles and policies, has no history for the rest, so changes to them cannot be audited or evaluated by Config rules.
# custom:
#   id: TG-AWS-CONFIG-001
#   severity: medium
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {cis-aws-foundations: ["3.3"], nist-800-53: ["CM-8"]}
#   remediation: |
#     Record every supported resource type, including global ones:
#       ConfigRecorder:
#         Type: AWS::Config::ConfigurationRecorder
#         Properties:
#           RoleARN: !GetAtt ConfigRole.Arn
#           RecordingGroup:
#             AllSupported: true
#             IncludeGlobalResourceTypes: true
package tollgate.cloudformation.config_recorder

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::Config::ConfigurationRecorder")
	is_object(r.attributes)
	known_false(r.attributes.RecordingGroup.AllSupported)
	finding := {
		"resource": r.address,
		"path": ["RecordingGroup", "AllSupported"],
		"message": sprintf("AWS Config recorder %s records only some resource types (AllSupported is false).", [r.address]),
	}
}

deny contains finding if {
	some r in lib.resources("AWS::Config::ConfigurationRecorder")
	is_object(r.attributes)
	known_false(r.attributes.RecordingGroup.IncludeGlobalResourceTypes)
	finding := {
		"resource": r.address,
		"path": ["RecordingGroup", "IncludeGlobalResourceTypes"],
		"message": sprintf("AWS Config recorder %s does not record global resource types such as IAM.", [r.address]),
	}
}

# CloudFormation accepts booleans as strings ("false").
known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}
