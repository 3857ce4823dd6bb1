package tollgate.aws.vpc_flow_logs_test

import rego.v1

import data.tollgate.aws.vpc_flow_logs as fl

doc(resources) := {
	"kind": "aws", "path": "aws/111111111111/eu-west-1",
	"account": "111111111111", "region": "eu-west-1", "partition": "aws",
	"collected_at": "2026-11-25T02:00:00Z",
	"resources": resources,
}

vpc(id, is_default) := {
	"address": sprintf("arn:aws:ec2:eu-west-1:111111111111:vpc/%s", [id]),
	"type": "AWS::EC2::VPC",
	"id": id, "name": null,
	"arn": sprintf("arn:aws:ec2:eu-west-1:111111111111:vpc/%s", [id]),
	"account": "111111111111", "region": "eu-west-1", "tags": {},
	"configuration": {
		"cidrBlock": "10.0.0.0/16", "dhcpOptionsId": "dopt-0123456789abcdef0", "state": "available",
		"vpcId": id, "ownerId": "111111111111", "instanceTenancy": "default", "isDefault": is_default,
		"cidrBlockAssociationSet": [{"associationId": "vpc-cidr-assoc-0123", "cidrBlock": "10.0.0.0/16", "cidrBlockState": {"state": "associated"}}],
		"ipv6CidrBlockAssociationSet": [],
	},
	"supplementary": {}, "relationships": [],
}

flow_log(id, configuration) := {
	"address": sprintf("arn:aws:ec2:eu-west-1:111111111111:vpc-flow-log/%s", [id]),
	"type": "AWS::EC2::FlowLog",
	"id": id, "name": null,
	"arn": sprintf("arn:aws:ec2:eu-west-1:111111111111:vpc-flow-log/%s", [id]),
	"account": "111111111111", "region": "eu-west-1", "tags": {},
	"configuration": configuration,
	"supplementary": {}, "relationships": [],
}

test_vpc_without_flow_log_fails if {
	findings := fl.deny with input as doc([vpc("vpc-0a1b2c3d4e5f60718", false)])
	count(findings) == 1
	some f in findings
	f.resource == "arn:aws:ec2:eu-west-1:111111111111:vpc/vpc-0a1b2c3d4e5f60718"
	f.path == ["configuration", "vpcId"]
	f.message == "VPC vpc-0a1b2c3d4e5f60718 in eu-west-1 has no flow log capturing its traffic."
}

test_default_vpc_is_named_as_such if {
	findings := fl.deny with input as doc([vpc("vpc-0f0e0d0c0b0a09080", true)])
	some f in findings
	contains(f.message, "(the default VPC)")
}

test_vpc_with_flow_log_passes if {
	count(fl.deny) == 0 with input as doc([
		vpc("vpc-0a1b2c3d4e5f60718", false),
		vpc("vpc-0f0e0d0c0b0a09080", true),
		flow_log("fl-0123456789abcdef0", {"flowLogId": "fl-0123456789abcdef0", "resourceId": "vpc-0a1b2c3d4e5f60718", "trafficType": "ALL", "flowLogStatus": "ACTIVE"}),
		flow_log("fl-0123456789abcdef1", {"Id": "fl-0123456789abcdef1", "ResourceId": "vpc-0f0e0d0c0b0a09080", "ResourceType": "VPC", "TrafficType": "ALL"}),
	])
}

test_subnet_flow_log_does_not_cover_vpc if {
	count(fl.deny) == 1 with input as doc([
		vpc("vpc-0a1b2c3d4e5f60718", false),
		flow_log("fl-0123456789abcdef2", {"flowLogId": "fl-0123456789abcdef2", "resourceId": "subnet-0123456789abcdef0", "trafficType": "ALL"}),
		flow_log("fl-0123456789abcdef3", null),
	])
}
