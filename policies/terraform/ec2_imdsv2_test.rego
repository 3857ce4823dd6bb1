package tollgate.terraform.ec2_imdsv2_test

import rego.v1

import data.tollgate.terraform.ec2_imdsv2 as imds

resource(type, attrs) := {
	"address": sprintf("%s.this", [type]),
	"type": type,
	"name": "this",
	"mode": "managed",
	"attributes": attrs,
	"refs": [],
}

test_instance_without_metadata_options_fails if {
	findings := imds.deny with input as {"kind": "terraform", "resources": [resource("aws_instance", {"ami": "ami-123", "instance_type": "t3.micro"})]}
	count(findings) == 1
	some f in findings
	f.path == ["metadata_options"]
}

test_launch_template_optional_tokens_fails if {
	findings := imds.deny with input as {"kind": "terraform", "resources": [resource("aws_launch_template", {"metadata_options": [{"http_endpoint": "enabled", "http_tokens": "optional"}]})]}
	count(findings) == 1
	some f in findings
	f.path == ["metadata_options", 0, "http_tokens"]
}

test_tokens_missing_in_block_fails if {
	count(imds.deny) == 1 with input as {"kind": "terraform", "resources": [resource("aws_instance", {"ami": "ami-123", "metadata_options": [{"http_put_response_hop_limit": 1}]})]}
}

test_tokens_required_passes if {
	count(imds.deny) == 0 with input as {"kind": "terraform", "resources": [
		resource("aws_instance", {"ami": "ami-123", "metadata_options": [{"http_tokens": "required"}]}),
		resource("aws_launch_template", {"metadata_options": [{"http_endpoint": "enabled", "http_tokens": "required"}]}),
	]}
}

test_metadata_disabled_passes if {
	count(imds.deny) == 0 with input as {"kind": "terraform", "resources": [resource("aws_instance", {"ami": "ami-123", "metadata_options": [{"http_endpoint": "disabled"}]})]}
}

test_instance_from_launch_template_passes if {
	count(imds.deny) == 0 with input as {"kind": "terraform", "resources": [resource("aws_instance", {"launch_template": [{"id": {"__unknown__": "aws_launch_template.this.id", "__ref__": "aws_launch_template.this"}}]})]}
}

test_unknown_tokens_not_reported if {
	count(imds.deny) == 0 with input as {"kind": "terraform", "resources": [resource("aws_instance", {"ami": "ami-123", "metadata_options": [{"http_tokens": {"__unknown__": "var.http_tokens"}}]})]}
}
