package tollgate.aws.sg_all_traffic_open_test

import rego.v1

import data.tollgate.aws.sg_all_traffic_open as sg

doc(resources) := {
	"kind": "aws", "path": "aws/111111111111/eu-west-1",
	"account": "111111111111", "region": "eu-west-1", "partition": "aws",
	"collected_at": "2026-11-25T02:00:00Z",
	"resources": resources,
}

group(id, name, permissions) := {
	"address": sprintf("arn:aws:ec2:eu-west-1:111111111111:security-group/%s", [id]),
	"type": "AWS::EC2::SecurityGroup",
	"id": id, "name": name,
	"arn": sprintf("arn:aws:ec2:eu-west-1:111111111111:security-group/%s", [id]),
	"account": "111111111111", "region": "eu-west-1", "tags": {},
	"configuration": {
		"description": name, "groupName": name, "groupId": id, "ownerId": "111111111111",
		"vpcId": "vpc-0a1b2c3d4e5f60718",
		"ipPermissions": permissions,
		"ipPermissionsEgress": [{"ipProtocol": "-1", "ipv6Ranges": [], "prefixListIds": [], "userIdGroupPairs": [], "ipv4Ranges": [{"cidrIp": "0.0.0.0/0"}], "ipRanges": ["0.0.0.0/0"]}],
		"tags": [],
	},
	"supplementary": {}, "relationships": [],
}

all_traffic(v4, v6) := {
	"ipProtocol": "-1",
	"ipv6Ranges": [{"cidrIpv6": c} | some c in v6],
	"prefixListIds": [], "userIdGroupPairs": [],
	"ipv4Ranges": [{"cidrIp": c} | some c in v4],
	"ipRanges": v4,
}

ports(protocol, from, to, v4) := {
	"fromPort": from, "toPort": to, "ipProtocol": protocol,
	"ipv6Ranges": [], "prefixListIds": [], "userIdGroupPairs": [],
	"ipv4Ranges": [{"cidrIp": c} | some c in v4],
	"ipRanges": v4,
}

test_all_traffic_from_world_fails_once_per_cidr if {
	findings := sg.deny with input as doc([group("sg-0123456789abcdef0", "wide-open", [all_traffic(["0.0.0.0/0"], ["::/0"])])])
	count(findings) == 2
	paths := {f.path | some f in findings}
	paths == {
		["configuration", "ipPermissions", 0, "ipv4Ranges", 0, "cidrIp"],
		["configuration", "ipPermissions", 0, "ipv6Ranges", 0, "cidrIpv6"],
	}
}

test_every_tcp_port_fails if {
	findings := sg.deny with input as doc([group("sg-0123456789abcdef1", "tcp-all", [ports("tcp", 0, 65535, ["0.0.0.0/0"])])])
	count(findings) == 1
	some f in findings
	f.message == "Security group tcp-all (sg-0123456789abcdef1) in eu-west-1 allows every port from 0.0.0.0/0."
}

test_string_ports_fail if {
	count(sg.deny) == 1 with input as doc([group("sg-0123456789abcdef2", "udp-all", [ports("udp", "1", "65535", ["0.0.0.0/0"])])])
}

test_narrow_or_internal_rules_pass if {
	count(sg.deny) == 0 with input as doc([group("sg-0123456789abcdef3", "web", [
		ports("tcp", 443, 443, ["0.0.0.0/0"]),
		ports("tcp", 0, 65535, ["10.0.0.0/8"]),
		all_traffic(["172.16.0.0/12"], []),
		{"ipProtocol": "-1", "userIdGroupPairs": [{"groupId": "sg-0123456789abcdef3"}], "ipRanges": [], "ipv4Ranges": [], "ipv6Ranges": []},
	])])
}

test_egress_to_world_is_not_ingress if {
	count(sg.deny) == 0 with input as doc([group("sg-0123456789abcdef4", "egress-only", [])])
}

test_missing_values_do_not_fail if {
	count(sg.deny) == 0 with input as doc([
		group("sg-0123456789abcdef5", "none", null),
		object.union(group("sg-0123456789abcdef6", "odd", []), {"configuration": {"ipPermissions": [7, {"ipProtocol": "tcp", "ipv4Ranges": [{"cidrIp": "0.0.0.0/0"}]}]}}),
	])
}
