package tollgate.cloudformation.ec2_public_ip_test

import rego.v1

import data.tollgate.cloudformation.ec2_public_ip as pip

res(type, props) := {"address": "App", "type": type, "name": "App", "attributes": props, "refs": []}

test_instance_interface_with_public_ip_fails if {
	findings := pip.deny with input as {"kind": "cloudformation", "resources": [res("AWS::EC2::Instance", {"NetworkInterfaces": [{"DeviceIndex": "0", "AssociatePublicIpAddress": "true"}]})]}
	count(findings) == 1
	some f in findings
	f.path == ["NetworkInterfaces", 0, "AssociatePublicIpAddress"]
}

test_launch_template_fails if {
	findings := pip.deny with input as {"kind": "cloudformation", "resources": [res("AWS::EC2::LaunchTemplate", {"LaunchTemplateData": {"NetworkInterfaces": [{"DeviceIndex": 0, "AssociatePublicIpAddress": true}]}})]}
	count(findings) == 1
	some f in findings
	f.path == ["LaunchTemplateData", "NetworkInterfaces", 0, "AssociatePublicIpAddress"]
}

test_launch_configuration_fails if {
	count(pip.deny) == 1 with input as {"kind": "cloudformation", "resources": [res("AWS::AutoScaling::LaunchConfiguration", {"AssociatePublicIpAddress": true})]}
}

test_private_passes if {
	count(pip.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		res("AWS::EC2::Instance", {"SubnetId": "subnet-1"}),
		res("AWS::EC2::LaunchTemplate", {"LaunchTemplateData": {"NetworkInterfaces": [{"AssociatePublicIpAddress": false}]}}),
	]}
}

test_unknown_not_reported if {
	count(pip.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		res("AWS::EC2::Instance", {"NetworkInterfaces": [{"AssociatePublicIpAddress": {"__unknown__": "Fn::If"}}]}),
		res("AWS::EC2::LaunchTemplate", {"LaunchTemplateData": {"__unknown__": "Fn::If"}}),
		res("AWS::AutoScaling::LaunchConfiguration", {"__unknown__": "Fn::If"}),
	]}
}
