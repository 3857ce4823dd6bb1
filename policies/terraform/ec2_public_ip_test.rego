package tollgate.terraform.ec2_public_ip_test

import rego.v1

import data.tollgate.terraform.ec2_public_ip as pip

res(type, attrs) := {"address": sprintf("%s.app", [type]), "type": type, "name": "app", "mode": "managed", "attributes": attrs, "refs": []}

test_instance_with_public_ip_fails if {
	findings := pip.deny with input as {"kind": "terraform", "resources": [res("aws_instance", {"instance_type": "t3.micro", "associate_public_ip_address": true})]}
	count(findings) == 1
	some f in findings
	f.path == ["associate_public_ip_address"]
}

test_launch_template_string_true_fails if {
	findings := pip.deny with input as {"kind": "terraform", "resources": [res("aws_launch_template", {"network_interfaces": [{"device_index": 0, "associate_public_ip_address": "true"}]})]}
	count(findings) == 1
	some f in findings
	f.path == ["network_interfaces", 0, "associate_public_ip_address"]
}

test_launch_configuration_fails if {
	count(pip.deny) == 1 with input as {"kind": "terraform", "resources": [res("aws_launch_configuration", {"associate_public_ip_address": true})]}
}

test_private_instances_pass if {
	count(pip.deny) == 0 with input as {"kind": "terraform", "resources": [
		res("aws_instance", {"instance_type": "t3.micro"}),
		res("aws_launch_template", {"network_interfaces": [{"associate_public_ip_address": "false"}]}),
		res("aws_launch_configuration", {"associate_public_ip_address": false}),
	]}
}

test_unknown_not_reported if {
	count(pip.deny) == 0 with input as {"kind": "terraform", "resources": [
		res("aws_instance", {"associate_public_ip_address": {"__unknown__": "var.public"}}),
		res("aws_launch_template", {"network_interfaces": {"__unknown__": "dynamic"}}),
	]}
}
