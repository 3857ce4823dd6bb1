# METADATA
# title: GuardDuty protects S3 data
# description: With S3 protection turned off, GuardDuty does not analyse S3 data events, so unusual reads, exfiltration and deletions of objects are not reported.
# custom:
#   id: TG-AWS-GD-002
#   severity: low
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SI-4"]}
#   remediation: |
#     Turn on the S3 data events feature of the detector:
#       Detector:
#         Type: AWS::GuardDuty::Detector
#         Properties:
#           Enable: true
#           Features:
#             - Name: S3_DATA_EVENTS
#               Status: ENABLED
package tollgate.cloudformation.guardduty_s3

import rego.v1

import data.tollgate.lib

# The legacy DataSources property.
deny contains finding if {
	some d in lib.resources("AWS::GuardDuty::Detector")
	is_object(d.attributes)
	known_false(d.attributes.DataSources.S3Logs.Enable)
	not enabled_by_feature(d)
	finding := {
		"resource": d.address,
		"path": ["DataSources", "S3Logs", "Enable"],
		"message": sprintf("GuardDuty detector %s does not protect S3 data (S3Logs is disabled).", [d.address]),
	}
}

deny contains finding if {
	some d in lib.resources("AWS::GuardDuty::Detector")
	is_object(d.attributes)
	some i, feature in items(d.attributes.Features)
	is_object(feature)
	feature.Name == "S3_DATA_EVENTS"
	disabled(feature.Status)
	finding := {
		"resource": d.address,
		"path": ["Features", i, "Status"],
		"message": sprintf("GuardDuty detector %s turns the S3_DATA_EVENTS feature off.", [d.address]),
	}
}

# enabled_by_feature(d): the detector lists S3_DATA_EVENTS as a feature that is not disabled.
enabled_by_feature(d) if {
	some feature in items(d.attributes.Features)
	is_object(feature)
	feature.Name == "S3_DATA_EVENTS"
	not disabled(feature.Status)
}

disabled(status) if {
	is_string(status)
	upper(status) == "DISABLED"
}

# CloudFormation accepts booleans as strings ("false").
known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
