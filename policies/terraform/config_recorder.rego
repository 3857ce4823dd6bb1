# METADATA
# title: AWS Config records all resource types
# description: A configuration recorder limited to some resource types, or that leaves out global resources such as IAM users, roles and policies, has no history for the rest, so changes to them cannot be audited or evaluated by Config rules.
# custom:
#   id: TG-AWS-CONFIG-001
#   severity: medium
#   dimension: security
#   kinds: [terraform]
#   frameworks: {cis-aws-foundations: ["3.3"], nist-800-53: ["CM-8"]}
#   remediation: |
#     Record every supported resource type, including global ones:
#       resource "aws_config_configuration_recorder" "main" {
#         name     = "main"
#         role_arn = aws_iam_role.config.arn
#         recording_group {
#           all_supported                 = true
#           include_global_resource_types = true
#         }
#       }
package tollgate.terraform.config_recorder

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in recorders
	some i, group in items(r.attributes.recording_group)
	is_object(group)
	known_false(group.all_supported)
	finding := {
		"resource": r.address,
		"path": ["recording_group", i, "all_supported"],
		"message": sprintf("AWS Config recorder %s records only some resource types (all_supported is false).", [r.address]),
	}
}

deny contains finding if {
	some r in recorders
	some i, group in items(r.attributes.recording_group)
	is_object(group)
	known_false(group.include_global_resource_types)
	finding := {
		"resource": r.address,
		"path": ["recording_group", i, "include_global_resource_types"],
		"message": sprintf("AWS Config recorder %s does not record global resource types such as IAM.", [r.address]),
	}
}

recorders contains r if {
	some r in lib.resources("aws_config_configuration_recorder")
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
}

# HCL converts the string "false" to a boolean.
known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
