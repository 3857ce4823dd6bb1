# METADATA
# title: AWS Config recorders are turned on
# description: An aws_config_configuration_recorder records nothing until an aws_config_configuration_recorder_status turns it on with is_enabled = true. A recorder without one, or with is_enabled = false, looks configured but keeps no configuration history.
# custom:
#   id: TG-AWS-CONFIG-002
#   severity: medium
#   dimension: security
#   kinds: [terraform]
#   frameworks: {cis-aws-foundations: ["3.3"], nist-800-53: ["CM-8"]}
#   remediation: |
#     Start the recorder once its delivery channel exists:
#       resource "aws_config_configuration_recorder_status" "main" {
#         name       = aws_config_configuration_recorder.main.name
#         is_enabled = true
#         depends_on = [aws_config_delivery_channel.main]
#       }
package tollgate.terraform.config_recorder_enabled

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in managed("aws_config_configuration_recorder")
	not has_status(r)
	finding := {
		"resource": r.address,
		"path": [],
		"message": sprintf("AWS Config recorder %s is never turned on: no aws_config_configuration_recorder_status refers to it.", [r.address]),
	}
}

deny contains finding if {
	some r in managed("aws_config_configuration_recorder")
	some s in managed("aws_config_configuration_recorder_status")
	for_recorder(s, r)
	known_false(s.attributes.is_enabled)
	finding := {
		"resource": s.address,
		"path": ["is_enabled"],
		"message": sprintf("%s turns AWS Config recorder %s off.", [s.address, r.address]),
	}
}

has_status(r) if {
	some s in managed("aws_config_configuration_recorder_status")
	for_recorder(s, r)
}

# for_recorder(s, r): status s applies, or may apply, to recorder r.
for_recorder(s, r) if {
	some ref in items(object.get(s, "refs", []))
	same_resource(ref, r.address)
}

for_recorder(s, r) if same_resource(s.attributes.name.__ref__, r.address)

for_recorder(s, r) if {
	is_string(s.attributes.name)
	s.attributes.name == recorder_name(r)
}

# A name that cannot be known and names no resource may be any recorder's.
for_recorder(s, r) if {
	lib.is_unknown(s.attributes.name)
	not s.attributes.name.__ref__
}

# The recorder's name defaults to "default".
recorder_name(r) := object.get(r.attributes, "name", "default")

# managed(t) is the set of managed (not data) resources of type t.
managed(t) := {r | some r in input.resources; r.type == t; object.get(r, "mode", "managed") == "managed"; is_object(r.attributes)}

# HCL converts the string "false" to a boolean.
known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}

# same_resource(ref, address): ref names the resource at address, or all instances of its count/for_each.
same_resource(ref, address) if ref == address

same_resource(ref, address) if ref == regex.replace(address, `\[[^\]]*\]$`, "")

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
