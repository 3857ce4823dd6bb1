# METADATA
# title: Security Hub enables a standard
# description: Security Hub runs no checks of its own until a security standard is enabled. An account created with enable_default_standards = false and no aws_securityhub_standards_subscription collects findings from other services but evaluates nothing.
# custom:
#   id: TG-AWS-SH-001
#   severity: low
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["CA-7"]}
#   remediation: |
#     Subscribe the account to at least one standard:
#       resource "aws_securityhub_standards_subscription" "foundational" {
#         standards_arn = "arn:aws:securityhub:${data.aws_region.current.name}::standards/aws-foundational-security-best-practices/v/1.0.0"
#         depends_on    = [aws_securityhub_account.main]
#       }
package tollgate.terraform.securityhub_standards

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in managed("aws_securityhub_account")
	known_false(r.attributes.enable_default_standards)
	count(managed("aws_securityhub_standards_subscription")) == 0
	finding := {
		"resource": r.address,
		"path": ["enable_default_standards"],
		"message": sprintf("Security Hub account %s turns the default standards off and subscribes to no other standard.", [r.address]),
	}
}

# managed(t) is the set of managed (not data) resources of type t.
managed(t) := {r | some r in input.resources; r.type == t; object.get(r, "mode", "managed") == "managed"; is_object(r.attributes)}

# HCL converts the string "false" to a boolean.
known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}
