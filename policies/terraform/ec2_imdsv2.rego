# METADATA
# title: EC2 instances require IMDSv2
# description: Without required session tokens the instance metadata service answers IMDSv1 requests, which SSRF flaws can abuse to steal the instance role's credentials.
# custom:
#   id: TG-AWS-EC2-004
#   severity: high
#   dimension: security
#   kinds: [terraform]
#   frameworks: {cis-aws-foundations: ["5.6"], nist-800-53: ["AC-3"]}
#   remediation: |
#     Require session tokens for the metadata service:
#       resource "aws_instance" "app" {
#         ami           = data.aws_ami.al2023.id
#         instance_type = "t3.micro"
#         metadata_options {
#           http_endpoint = "enabled"
#           http_tokens   = "required"
#         }
#       }
package tollgate.terraform.ec2_imdsv2

import rego.v1

import data.tollgate.lib

types := {"aws_instance", "aws_launch_template", "aws_launch_configuration"}

deny contains finding if {
	some r in input.resources
	r.type in types
	object.get(r, "mode", "managed") == "managed"
	not has_block(r, "metadata_options")
	not from_launch_template(r)
	finding := {
		"resource": r.address,
		"path": ["metadata_options"],
		"message": sprintf("%s does not require IMDSv2: it has no metadata_options block with http_tokens = \"required\".", [r.address]),
	}
}

deny contains finding if {
	some r in input.resources
	r.type in types
	object.get(r, "mode", "managed") == "managed"
	options := r.attributes.metadata_options[0]
	is_object(options)
	not lib.is_unknown(options)
	not object.get(options, "http_endpoint", "enabled") == "disabled"
	tokens_optional(options)
	finding := {
		"resource": r.address,
		"path": ["metadata_options", 0, "http_tokens"],
		"message": sprintf("%s does not set metadata_options.http_tokens to \"required\".", [r.address]),
	}
}

tokens_optional(options) if object.get(options, "http_tokens", null) == null

tokens_optional(options) if {
	is_string(options.http_tokens)
	options.http_tokens != "required"
}

# An instance launched from a launch template takes its metadata options from the template,
# which this rule checks on its own.
from_launch_template(r) if {
	r.type == "aws_instance"
	has_block(r, "launch_template")
}

# has_block(r, name) is true when r has at least one `name` block, or one that cannot be known.
has_block(r, name) if is_object(r.attributes[name])

has_block(r, name) if {
	some blk in items(r.attributes[name])
	is_object(blk)
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
