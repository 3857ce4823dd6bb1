# METADATA
# title: GuardDuty detectors are enabled
# description: A suspended GuardDuty detector analyses no CloudTrail, VPC flow or DNS events, so compromised credentials, crypto-mining and reconnaissance in the account go unnoticed.
# custom:
#   id: TG-AWS-GD-001
#   severity: high
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SI-4"]}
#   remediation: |
#     Leave enable at its default (true), or set it explicitly:
#       resource "aws_guardduty_detector" "main" {
#         enable = true
#       }
package tollgate.terraform.guardduty_enabled

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("aws_guardduty_detector")
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	known_false(r.attributes.enable)
	finding := {
		"resource": r.address,
		"path": ["enable"],
		"message": sprintf("GuardDuty detector %s is not enabled.", [r.address]),
	}
}

# HCL converts the string "false" to a boolean.
known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}
