package tollgate.aws.sg_admin_ports_open_test

import rego.v1

import data.tollgate.aws.sg_admin_ports_open as sg

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

# permission(protocol, from, to, v4, v6): an ingress permission as AWS Config records it, with the
# IPv4 ranges both as strings (ipRanges) and as objects (ipv4Ranges).
permission(protocol, from, to, v4, v6) := {
	"fromPort": from, "toPort": to, "ipProtocol": protocol,
	"ipv6Ranges": [{"cidrIpv6": c} | some c in v6],
	"prefixListIds": [], "userIdGroupPairs": [],
	"ipv4Ranges": [{"cidrIp": c} | some c in v4],
	"ipRanges": v4,
}

test_ssh_from_world_fails_once if {
	findings := sg.deny with input as doc([group("sg-0123456789abcdef0", "bastion", [
		permission("tcp", 443, 443, ["0.0.0.0/0"], []),
		permission("tcp", 22, 22, ["10.0.0.0/8", "0.0.0.0/0"], []),
	])])
	count(findings) == 1
	some f in findings
	f.resource == "arn:aws:ec2:eu-west-1:111111111111:security-group/sg-0123456789abcdef0"
	f.path == ["configuration", "ipPermissions", 1, "ipv4Ranges", 1, "cidrIp"]
	f.message == "Security group bastion (sg-0123456789abcdef0) in eu-west-1 allows ingress from 0.0.0.0/0 to port 22."
}

test_rdp_from_ipv6_world_fails if {
	findings := sg.deny with input as doc([group("sg-0123456789abcdef1", "windows", [permission("tcp", 3389, 3389, [], ["::/0"])])])
	count(findings) == 1
	some f in findings
	f.path == ["configuration", "ipPermissions", 0, "ipv6Ranges", 0, "cidrIpv6"]
}

test_all_protocols_covers_both_ports if {
	findings := sg.deny with input as doc([group("sg-0123456789abcdef2", "open", [{"ipProtocol": "-1", "ipRanges": ["0.0.0.0/0"], "ipv4Ranges": [{"cidrIp": "0.0.0.0/0"}], "ipv6Ranges": []}])])
	count(findings) == 1
	some f in findings
	contains(f.message, "port 22 and 3389")
}

test_port_range_as_strings_fails if {
	count(sg.deny) == 1 with input as doc([group("sg-0123456789abcdef3", "range", [permission("6", "0", "1024", ["0.0.0.0/0"], [])])])
}

test_only_string_ip_ranges_fails if {
	findings := sg.deny with input as doc([group("sg-0123456789abcdef4", "legacy", [{"ipProtocol": "tcp", "fromPort": 22, "toPort": 22, "ipRanges": ["0.0.0.0/0"]}])])
	count(findings) == 1
	some f in findings
	f.path == ["configuration", "ipPermissions", 0, "ipRanges", 0]
}

test_restricted_and_other_ports_pass if {
	count(sg.deny) == 0 with input as doc([group("sg-0123456789abcdef5", "web", [
		permission("tcp", 22, 22, ["10.20.0.0/16"], ["2001:db8::/32"]),
		permission("tcp", 443, 443, ["0.0.0.0/0"], ["::/0"]),
		permission("tcp", 2222, 2222, ["0.0.0.0/0"], []),
		permission("icmp", -1, -1, ["0.0.0.0/0"], []),
	])])
}

test_missing_values_do_not_fail if {
	count(sg.deny) == 0 with input as doc([
		group("sg-0123456789abcdef6", "empty", null),
		object.union(group("sg-0123456789abcdef7", "odd", []), {"configuration": {"ipPermissions": [null, {"ipProtocol": "tcp", "ipRanges": null, "ipv4Ranges": "0.0.0.0/0"}]}}),
		{"address": "AWS::EC2::Volume/vol-1", "type": "AWS::EC2::Volume", "id": "vol-1", "configuration": {"ipPermissions": [permission("tcp", 22, 22, ["0.0.0.0/0"], [])]}, "supplementary": {}},
	])
}
