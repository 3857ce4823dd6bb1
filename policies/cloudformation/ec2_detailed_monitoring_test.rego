package tollgate.cloudformation.ec2_detailed_monitoring_test

import rego.v1

import data.tollgate.cloudformation.ec2_detailed_monitoring as mon

instance(props) := {"address": "App", "type": "AWS::EC2::Instance", "name": "App", "attributes": props, "refs": []}

template(data_) := {"address": "AppTemplate", "type": "AWS::EC2::LaunchTemplate", "name": "AppTemplate", "attributes": {"LaunchTemplateData": data_}, "refs": []}

from_template := {"LaunchTemplate": {"LaunchTemplateId": {"__unknown__": "Ref AppTemplate", "__ref__": "AppTemplate"}, "Version": {"__unknown__": "Fn::GetAtt"}}}

test_missing_monitoring_fails if {
	findings := mon.deny with input as {"kind": "cloudformation", "resources": [instance({"ImageId": "ami-1"})]}
	count(findings) == 1
	some f in findings
	f.path == ["Monitoring"]
}

test_monitoring_false_string_fails if {
	count(mon.deny) == 1 with input as {"kind": "cloudformation", "resources": [instance({"Monitoring": "false"})]}
}

test_template_without_monitoring_fails if {
	findings := mon.deny with input as {"kind": "cloudformation", "resources": [instance(from_template), template({"ImageId": "ami-1"})]}
	count(findings) == 1
	some f in findings
	f.path == ["LaunchTemplate"]
}

test_monitoring_passes if {
	count(mon.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		instance({"Monitoring": true}),
		instance(from_template),
		template({"Monitoring": {"Enabled": "true"}}),
	]}
}

test_unknown_not_reported if {
	count(mon.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		instance({"Monitoring": {"__unknown__": "Fn::If"}}),
		instance({"LaunchTemplate": {"LaunchTemplateId": {"__unknown__": "Ref TemplateId"}}}),
		instance({"LaunchTemplate": {"LaunchTemplateName": {"__unknown__": "Fn::GetAtt", "__ref__": "AppTemplate"}}}),
		template({"Monitoring": {"Enabled": {"__unknown__": "Ref Detailed"}}}),
	]}
}
