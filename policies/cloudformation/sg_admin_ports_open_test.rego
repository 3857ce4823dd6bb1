package tollgate.cloudformation.sg_admin_ports_open_test

import rego.v1

import data.tollgate.cloudformation.sg_admin_ports_open as sg

group(ingress) := {
	"address": "BastionSecurityGroup",
	"type": "AWS::EC2::SecurityGroup",
	"name": "BastionSecurityGroup",
	"attributes": {"GroupDescription": "bastion", "SecurityGroupIngress": ingress},
	"refs": [],
}

test_ssh_from_world_fails if {
	findings := sg.deny with input as {"kind": "cloudformation", "resources": [group([
		{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": "0.0.0.0/0"},
		{"IpProtocol": "tcp", "FromPort": "22", "ToPort": "22", "CidrIp": "0.0.0.0/0"},
	])]}
	count(findings) == 1
	some f in findings
	f.path == ["SecurityGroupIngress", 1, "CidrIp"]
}

test_standalone_ingress_rdp_fails if {
	count(sg.deny) == 1 with input as {"kind": "cloudformation", "resources": [{
		"address": "RdpIngress",
		"type": "AWS::EC2::SecurityGroupIngress",
		"name": "RdpIngress",
		"attributes": {"GroupId": {"__unknown__": "Ref Sg", "__ref__": "Sg"}, "IpProtocol": "tcp", "FromPort": 3389, "ToPort": 3389, "CidrIpv6": "::/0"},
		"refs": ["Sg"],
	}]}
}

test_all_protocols_fails if {
	count(sg.deny) == 1 with input as {"kind": "cloudformation", "resources": [group([{"IpProtocol": -1, "CidrIp": "0.0.0.0/0"}])]}
}

test_restricted_ssh_passes if {
	count(sg.deny) == 0 with input as {"kind": "cloudformation", "resources": [group([
		{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": "10.0.0.0/8"},
		{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": "0.0.0.0/0"},
	])]}
}

test_unknown_cidr_not_reported if {
	count(sg.deny) == 0 with input as {"kind": "cloudformation", "resources": [group([{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": {"__unknown__": "Ref AdminCidr"}}])]}
}

test_unknown_port_not_reported if {
	count(sg.deny) == 0 with input as {"kind": "cloudformation", "resources": [group([{"IpProtocol": "tcp", "FromPort": {"__unknown__": "Ref Port"}, "ToPort": {"__unknown__": "Ref Port"}, "CidrIp": "0.0.0.0/0"}])]}
}
