package tollgate.cloudformation.subnet_public_ip_test

import rego.v1

import data.tollgate.cloudformation.subnet_public_ip as subnet

sub(props) := {"address": "Subnet", "type": "AWS::EC2::Subnet", "name": "Subnet", "attributes": props, "refs": []}

test_public_subnet_fails if {
	findings := subnet.deny with input as {"kind": "cloudformation", "resources": [sub({"CidrBlock": "10.0.0.0/24", "MapPublicIpOnLaunch": "true"})]}
	count(findings) == 1
	some f in findings
	f.path == ["MapPublicIpOnLaunch"]
}

test_absent_or_false_passes if {
	count(subnet.deny) == 0 with input as {"kind": "cloudformation", "resources": [sub({"CidrBlock": "10.0.0.0/24"}), sub({"MapPublicIpOnLaunch": false})]}
}

test_unknown_not_reported if {
	count(subnet.deny) == 0 with input as {"kind": "cloudformation", "resources": [sub({"MapPublicIpOnLaunch": {"__unknown__": "Fn::If [\"Public\",true,false]"}})]}
}
