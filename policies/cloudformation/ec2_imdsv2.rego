# METADATA
# title: EC2 instances require IMDSv2
# description: Without required session tokens the instance metadata service answers IMDSv1 requests, which SSRF flaws can abuse to steal the instance role's credentials. AWS::EC2::Instance has no metadata options of its own, so launch templates and launch configurations are checked.
# custom:
#   id: TG-AWS-EC2-004
#   severity: high
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {cis-aws-foundations: ["5.6"], nist-800-53: ["AC-3"]}
#   remediation: |
#     Require session tokens in the launch template the instances are started from:
#       AppLaunchTemplate:
#         Type: AWS::EC2::LaunchTemplate
#         Properties:
#           LaunchTemplateData:
#             ImageId: !Ref AmiId
#             MetadataOptions:
#               HttpEndpoint: enabled
#               HttpTokens: required
package tollgate.cloudformation.ec2_imdsv2

import rego.v1

import data.tollgate.lib

# metadata_holders: each object that holds MetadataOptions, with its resource and path.
metadata_holders contains {"resource": r, "base": ["LaunchTemplateData"], "holder": launch_data} if {
	some r in lib.resources("AWS::EC2::LaunchTemplate")
	launch_data := r.attributes.LaunchTemplateData
	known_object(launch_data)
}

metadata_holders contains {"resource": r, "base": [], "holder": p} if {
	some r in lib.resources("AWS::AutoScaling::LaunchConfiguration")
	p := object.get(r, "attributes", {})
	known_object(p)
}

deny contains finding if {
	some h in metadata_holders
	r := h.resource
	object.get(h.holder, "MetadataOptions", null) == null
	finding := {
		"resource": r.address,
		"path": array.concat(h.base, ["MetadataOptions"]),
		"message": sprintf("%s does not require IMDSv2: it has no MetadataOptions with HttpTokens required.", [r.address]),
	}
}

deny contains finding if {
	some h in metadata_holders
	r := h.resource
	options := h.holder.MetadataOptions
	known_object(options)
	not object.get(options, "HttpEndpoint", "enabled") == "disabled"
	tokens_optional(options)
	finding := {
		"resource": r.address,
		"path": array.concat(h.base, ["MetadataOptions", "HttpTokens"]),
		"message": sprintf("%s does not set MetadataOptions.HttpTokens to required.", [r.address]),
	}
}

tokens_optional(options) if object.get(options, "HttpTokens", null) == null

tokens_optional(options) if {
	is_string(options.HttpTokens)
	options.HttpTokens != "required"
}

known_object(x) if {
	is_object(x)
	not lib.is_unknown(x)
}
