# METADATA
# title: GuardDuty detectors are enabled
# description: A suspended GuardDuty detector analyses no CloudTrail, VPC flow or DNS events, so compromised credentials, crypto-mining and reconnaissance in the account go unnoticed.
# custom:
#   id: TG-AWS-GD-001
#   severity: high
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SI-4"]}
#   remediation: |
#     Enable the detector:
#       Detector:
#         Type: AWS::GuardDuty::Detector
#         Properties:
#           Enable: true
package tollgate.cloudformation.guardduty_enabled

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::GuardDuty::Detector")
	is_object(r.attributes)
	known_false(r.attributes.Enable)
	finding := {
		"resource": r.address,
		"path": ["Enable"],
		"message": sprintf("GuardDuty detector %s is not enabled.", [r.address]),
	}
}

# CloudFormation accepts booleans as strings ("false").
known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}
