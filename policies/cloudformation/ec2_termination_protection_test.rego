package tollgate.cloudformation.ec2_termination_protection_test

import rego.v1

import data.tollgate.cloudformation.ec2_termination_protection as tp

instance(props) := {"address": "App", "type": "AWS::EC2::Instance", "name": "App", "attributes": props, "refs": []}

template(data_) := {"address": "AppTemplate", "type": "AWS::EC2::LaunchTemplate", "name": "AppTemplate", "attributes": {"LaunchTemplateData": data_}, "refs": []}

from_template := {"LaunchTemplate": {"LaunchTemplateId": {"__unknown__": "Ref AppTemplate", "__ref__": "AppTemplate"}, "Version": "1"}}

test_missing_protection_fails if {
	findings := tp.deny with input as {"kind": "cloudformation", "resources": [instance({"ImageId": "ami-1"})]}
	count(findings) == 1
	some f in findings
	f.path == ["DisableApiTermination"]
}

test_protection_false_fails if {
	count(tp.deny) == 1 with input as {"kind": "cloudformation", "resources": [instance({"DisableApiTermination": false})]}
}

test_template_without_protection_fails if {
	count(tp.deny) == 1 with input as {"kind": "cloudformation", "resources": [instance(from_template), template({"DisableApiTermination": "false"})]}
}

test_protected_passes if {
	count(tp.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		instance({"DisableApiTermination": "true"}),
		instance(from_template),
		template({"DisableApiTermination": true}),
	]}
}

test_unknown_not_reported if {
	count(tp.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		instance({"DisableApiTermination": {"__unknown__": "Fn::If"}}),
		instance({"LaunchTemplate": {"__unknown__": "Fn::If"}}),
		instance(from_template),
		template({"__unknown__": "Fn::If"}),
	]}
}
