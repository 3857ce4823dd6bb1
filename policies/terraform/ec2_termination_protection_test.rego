package tollgate.terraform.ec2_termination_protection_test

import rego.v1

import data.tollgate.terraform.ec2_termination_protection as tp

instance(attrs) := {"address": "aws_instance.app", "type": "aws_instance", "name": "app", "mode": "managed", "attributes": attrs, "refs": []}

template(attrs) := {"address": "aws_launch_template.app", "type": "aws_launch_template", "name": "app", "mode": "managed", "attributes": attrs, "refs": []}

from_template := {"launch_template": [{"id": {"__unknown__": "aws_launch_template.app.id", "__ref__": "aws_launch_template.app"}}]}

test_missing_protection_fails if {
	findings := tp.deny with input as {"kind": "terraform", "resources": [instance({"instance_type": "t3.micro"})]}
	count(findings) == 1
	some f in findings
	f.path == ["disable_api_termination"]
}

test_protection_false_fails if {
	count(tp.deny) == 1 with input as {"kind": "terraform", "resources": [instance({"disable_api_termination": "false"})]}
}

test_template_without_protection_fails if {
	count(tp.deny) == 1 with input as {"kind": "terraform", "resources": [instance(from_template), template({"image_id": "ami-1"})]}
}

test_protected_passes if {
	count(tp.deny) == 0 with input as {"kind": "terraform", "resources": [instance({"disable_api_termination": true})]}
}

test_template_with_protection_passes if {
	count(tp.deny) == 0 with input as {"kind": "terraform", "resources": [instance(from_template), template({"disable_api_termination": true})]}
}

test_spot_instance_not_checked if {
	count(tp.deny) == 0 with input as {"kind": "terraform", "resources": [instance({"instance_market_options": [{"market_type": "spot"}]})]}
}

test_unknown_not_reported if {
	count(tp.deny) == 0 with input as {"kind": "terraform", "resources": [
		instance({"disable_api_termination": {"__unknown__": "var.protect"}}),
		instance({"launch_template": [{"id": {"__unknown__": "var.template_id"}}]}),
		instance(from_template),
		template({"disable_api_termination": {"__unknown__": "var.protect"}}),
	]}
}
