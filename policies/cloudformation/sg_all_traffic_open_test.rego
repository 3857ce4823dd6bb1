package tollgate.cloudformation.sg_all_traffic_open_test

import rego.v1

import data.tollgate.cloudformation.sg_all_traffic_open as sg

group(ingress) := {
	"address": "WebSecurityGroup",
	"type": "AWS::EC2::SecurityGroup",
	"name": "WebSecurityGroup",
	"attributes": {"GroupDescription": "web", "SecurityGroupIngress": ingress},
	"refs": [],
}

test_all_protocols_from_world_fails if {
	findings := sg.deny with input as {"kind": "cloudformation", "resources": [group([{"IpProtocol": "-1", "CidrIp": "0.0.0.0/0"}])]}
	count(findings) == 1
	some f in findings
	f.path == ["SecurityGroupIngress", 0, "CidrIp"]
}

test_every_port_fails if {
	count(sg.deny) == 1 with input as {"kind": "cloudformation", "resources": [group([{"IpProtocol": "tcp", "FromPort": "0", "ToPort": "65535", "CidrIpv6": "::/0"}])]}
}

test_single_port_passes if {
	count(sg.deny) == 0 with input as {"kind": "cloudformation", "resources": [group([
		{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": "0.0.0.0/0"},
		{"IpProtocol": "-1", "CidrIp": "10.0.0.0/8"},
	])]}
}

test_unknown_protocol_not_reported if {
	count(sg.deny) == 0 with input as {"kind": "cloudformation", "resources": [group([{"IpProtocol": {"__unknown__": "Ref Protocol"}, "CidrIp": "0.0.0.0/0"}])]}
}
