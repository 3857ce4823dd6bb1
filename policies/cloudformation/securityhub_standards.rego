# METADATA
# title: Security Hub enables a standard
# description: Security Hub runs no checks of its own until a security standard is enabled. A hub created with EnableDefaultStandards set to false and no AWS::SecurityHub::Standard collects findings from other services but evaluates nothing.
# custom:
#   id: TG-AWS-SH-001
#   severity: low
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["CA-7"]}
#   remediation: |
#     Enable at least one standard:
#       FoundationalStandard:
#         Type: AWS::SecurityHub::Standard
#         DependsOn: Hub
#         Properties:
#           StandardsArn: !Sub "arn:${AWS::Partition}:securityhub:${AWS::Region}::standards/aws-foundational-security-best-practices/v/1.0.0"
package tollgate.cloudformation.securityhub_standards

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::SecurityHub::Hub")
	is_object(r.attributes)
	known_false(r.attributes.EnableDefaultStandards)
	count(lib.resources("AWS::SecurityHub::Standard")) == 0
	finding := {
		"resource": r.address,
		"path": ["EnableDefaultStandards"],
		"message": sprintf("Security Hub %s turns the default standards off and enables no other standard.", [r.address]),
	}
}

# CloudFormation accepts booleans as strings ("false").
known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}
