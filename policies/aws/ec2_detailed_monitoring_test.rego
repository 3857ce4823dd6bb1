package tollgate.aws.ec2_detailed_monitoring_test

import rego.v1

import data.tollgate.aws.ec2_detailed_monitoring as mon

doc(resources) := {
	"kind": "aws", "path": "aws/111111111111/eu-west-1",
	"account": "111111111111", "region": "eu-west-1", "partition": "aws",
	"collected_at": "2026-11-25T02:00:00Z",
	"resources": resources,
}

# instance(id, overrides): a running instance as AWS Config records it, overridden by overrides.
instance(id, overrides) := {
	"address": sprintf("arn:aws:ec2:eu-west-1:111111111111:instance/%s", [id]),
	"type": "AWS::EC2::Instance",
	"id": id, "name": null,
	"arn": sprintf("arn:aws:ec2:eu-west-1:111111111111:instance/%s", [id]),
	"account": "111111111111", "region": "eu-west-1", "tags": {"Name": "app-1"},
	"configuration": object.union({
		"amiLaunchIndex": 0, "imageId": "ami-0abcdef1234567890", "instanceId": id,
		"instanceType": "t3.micro", "launchTime": "2026-11-01T10:00:00.000Z",
		"monitoring": {"state": "enabled"},
		"placement": {"availabilityZone": "eu-west-1a", "groupName": "", "tenancy": "default"},
		"privateDnsName": "ip-10-0-1-10.eu-west-1.compute.internal", "privateIpAddress": "10.0.1.10",
		"publicDnsName": "", "state": {"code": 16, "name": "running"},
		"subnetId": "subnet-0123456789abcdef0", "vpcId": "vpc-0a1b2c3d4e5f60718",
		"metadataOptions": {"state": "applied", "httpTokens": "required", "httpPutResponseHopLimit": 2, "httpEndpoint": "enabled", "httpProtocolIpv6": "disabled", "instanceMetadataTags": "disabled"},
	}, overrides),
	"supplementary": {}, "relationships": [],
}

test_basic_monitoring_fails if {
	findings := mon.deny with input as doc([instance("i-0123456789abcdef0", {"monitoring": {"state": "disabled"}})])
	count(findings) == 1
	some f in findings
	f.path == ["configuration", "monitoring", "state"]
}

test_detailed_monitoring_passes if {
	count(mon.deny) == 0 with input as doc([
		instance("i-0123456789abcdef1", {}),
		instance("i-0123456789abcdef2", {"monitoring": {"state": "pending"}}),
	])
}

test_stopped_instance_is_still_checked if {
	count(mon.deny) == 1 with input as doc([instance("i-0123456789abcdef3", {"monitoring": {"state": "disabled"}, "state": {"code": 80, "name": "stopped"}})])
}

test_missing_monitoring_not_reported if {
	count(mon.deny) == 0 with input as doc([
		instance("i-0123456789abcdef4", {"monitoring": null}),
		instance("i-0123456789abcdef5", {"monitoring": "disabled"}),
	])
}
