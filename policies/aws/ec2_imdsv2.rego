# METADATA
# title: EC2 instances require IMDSv2
# description: An instance whose metadata options do not require session tokens (httpTokens optional) answers IMDSv1 requests, which SSRF flaws can abuse to steal the instance role's credentials. Instances with the metadata endpoint disabled are not reported.
# custom:
#   id: TG-AWS-EC2-004
#   severity: high
#   dimension: security
#   kinds: [aws]
#   frameworks: {cis-aws-foundations: ["5.6"], nist-800-53: ["AC-3"]}
#   remediation: |
#     Require session tokens on the running instance (check first that its software uses an AWS
#     SDK recent enough for IMDSv2):
#       aws ec2 modify-instance-metadata-options --instance-id i-0123456789abcdef0 \
#         --http-tokens required --http-endpoint enabled
#     and make it the region's default for new instances:
#       aws ec2 modify-instance-metadata-defaults --http-tokens required
#     Then fix the code that launches it: in Terraform a metadata_options block with
#     http_tokens = "required" on the aws_instance or its aws_launch_template; in CloudFormation
#     MetadataOptions HttpTokens required in the launch template.
package tollgate.aws.ec2_imdsv2

import rego.v1

deny contains finding if {
	some r in instances
	options := object.get(r.configuration, "metadataOptions", null)
	is_object(options)
	not endpoint_disabled(options)
	tokens := object.get(options, "httpTokens", null)
	is_string(tokens)
	lower(tokens) != "required"
	finding := {
		"resource": r.address,
		"path": ["configuration", "metadataOptions", "httpTokens"],
		"message": sprintf("Instance %s in %s does not require IMDSv2: metadataOptions.httpTokens is %s, not required.", [label(r), region(r), tokens]),
	}
}

endpoint_disabled(options) if {
	is_string(options.httpEndpoint)
	lower(options.httpEndpoint) == "disabled"
}

# instances: EC2 instances that are not terminated or shutting down.
instances contains r if {
	some r in input.resources
	r.type == "AWS::EC2::Instance"
	is_object(r.configuration)
	not gone(r.configuration)
}

gone(cfg) if {
	is_object(cfg.state)
	is_string(cfg.state.name)
	cfg.state.name in {"terminated", "shutting-down"}
}

# label(r): the instance's Name tag and id, e.g. "web-1 (i-0123456789abcdef0)".
label(r) := sprintf("%s (%s)", [r.tags.Name, ident(r)]) if named(r)

label(r) := ident(r) if not named(r)

named(r) if {
	is_object(r.tags)
	is_string(r.tags.Name)
	r.tags.Name != ""
}

ident(r) := r.configuration.instanceId if is_string(r.configuration.instanceId)

ident(r) := r.id if {
	not is_string(r.configuration.instanceId)
	is_string(r.id)
}

ident(r) := r.address if {
	not is_string(r.configuration.instanceId)
	not is_string(r.id)
}

region(r) := r.region if is_string(r.region)

region(r) := object.get(input, "region", "its region") if not is_string(r.region)
