package tollgate.aws.default_security_group_test

import rego.v1

import data.tollgate.aws.default_security_group as dsg

doc(resources) := {
	"kind": "aws", "path": "aws/111111111111/eu-west-1",
	"account": "111111111111", "region": "eu-west-1", "partition": "aws",
	"collected_at": "2026-11-25T02:00:00Z",
	"resources": resources,
}

group(id, name, ingress, egress) := {
	"address": sprintf("arn:aws:ec2:eu-west-1:111111111111:security-group/%s", [id]),
	"type": "AWS::EC2::SecurityGroup",
	"id": id, "name": name,
	"arn": sprintf("arn:aws:ec2:eu-west-1:111111111111:security-group/%s", [id]),
	"account": "111111111111", "region": "eu-west-1", "tags": {},
	"configuration": {
		"description": "default VPC security group", "groupName": name, "groupId": id,
		"ownerId": "111111111111", "vpcId": "vpc-0a1b2c3d4e5f60718",
		"ipPermissions": ingress, "ipPermissionsEgress": egress, "tags": [],
	},
	"supplementary": {}, "relationships": [],
}

self_rule(id) := {"ipProtocol": "-1", "ipv6Ranges": [], "prefixListIds": [], "ipv4Ranges": [], "ipRanges": [], "userIdGroupPairs": [{"groupId": id, "userId": "111111111111"}]}

world_egress := {"ipProtocol": "-1", "ipv6Ranges": [], "prefixListIds": [], "userIdGroupPairs": [], "ipv4Ranges": [{"cidrIp": "0.0.0.0/0"}], "ipRanges": ["0.0.0.0/0"]}

test_default_group_as_created_fails_twice if {
	findings := dsg.deny with input as doc([group("sg-0123456789abcdef0", "default", [self_rule("sg-0123456789abcdef0")], [world_egress])])
	count(findings) == 2
	{f.path | some f in findings} == {["configuration", "ipPermissions", 0], ["configuration", "ipPermissionsEgress", 0]}
	some f in findings
	f.message == "Default security group sg-0123456789abcdef0 of VPC vpc-0a1b2c3d4e5f60718 in eu-west-1 has an inbound rule; the default group should allow no traffic."
}

test_emptied_default_group_passes if {
	count(dsg.deny) == 0 with input as doc([group("sg-0123456789abcdef0", "default", [], [])])
}

test_other_groups_with_rules_pass if {
	count(dsg.deny) == 0 with input as doc([group("sg-0123456789abcdef1", "default-web", [self_rule("sg-0123456789abcdef1")], [world_egress])])
}

test_missing_rule_lists_do_not_fail if {
	count(dsg.deny) == 0 with input as doc([group("sg-0123456789abcdef2", "default", null, "none")])
}
