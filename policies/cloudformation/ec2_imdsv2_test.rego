package tollgate.cloudformation.ec2_imdsv2_test

import rego.v1

import data.tollgate.cloudformation.ec2_imdsv2 as imds

template(launch_data) := {
	"address": "LaunchTemplate",
	"type": "AWS::EC2::LaunchTemplate",
	"name": "LaunchTemplate",
	"attributes": {"LaunchTemplateData": launch_data},
	"refs": [],
}

test_template_without_metadata_options_fails if {
	findings := imds.deny with input as {"kind": "cloudformation", "resources": [template({"ImageId": "ami-123"})]}
	count(findings) == 1
	some f in findings
	f.path == ["LaunchTemplateData", "MetadataOptions"]
}

test_template_optional_tokens_fails if {
	findings := imds.deny with input as {"kind": "cloudformation", "resources": [template({"ImageId": "ami-123", "MetadataOptions": {"HttpTokens": "optional"}})]}
	count(findings) == 1
	some f in findings
	f.path == ["LaunchTemplateData", "MetadataOptions", "HttpTokens"]
}

test_launch_configuration_fails if {
	count(imds.deny) == 1 with input as {"kind": "cloudformation", "resources": [{
		"address": "LaunchConfig",
		"type": "AWS::AutoScaling::LaunchConfiguration",
		"name": "LaunchConfig",
		"attributes": {"ImageId": "ami-123", "InstanceType": "t3.micro", "MetadataOptions": {"HttpTokens": "optional"}},
		"refs": [],
	}]}
}

test_tokens_required_passes if {
	count(imds.deny) == 0 with input as {"kind": "cloudformation", "resources": [template({"ImageId": "ami-123", "MetadataOptions": {"HttpEndpoint": "enabled", "HttpTokens": "required"}})]}
}

test_unknown_tokens_not_reported if {
	count(imds.deny) == 0 with input as {"kind": "cloudformation", "resources": [template({"ImageId": "ami-123", "MetadataOptions": {"HttpTokens": {"__unknown__": "Fn::If Strict"}}})]}
}
