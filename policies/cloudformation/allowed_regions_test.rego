package tollgate.cloudformation.allowed_regions_test

import rego.v1

import data.tollgate.cloudformation.allowed_regions as rule

org := {"allowed_regions": ["eu-west-1", "us-west-2"]}

resource(type, props) := {"address": "Res", "type": type, "name": "Res", "attributes": props, "refs": []}

test_zone_outside_allowed_regions_fails if {
	findings := rule.deny with input as {"kind": "cloudformation", "resources": [resource("AWS::EC2::Subnet", {"VpcId": "vpc-1", "AvailabilityZone": "ap-south-1a"})]}
		with data.tollgate.organization as org
	count(findings) == 1
	some f in findings
	f.path == ["AvailabilityZone"]
}

test_zone_list_fails if {
	findings := rule.deny with input as {"kind": "cloudformation", "resources": [resource("AWS::RDS::DBCluster", {"Engine": "aurora-postgresql", "AvailabilityZones": ["eu-west-1a", "us-east-1b"]})]}
		with data.tollgate.organization as org
	count(findings) == 1
	some f in findings
	f.path == ["AvailabilityZones", 1]
}

test_allowed_zone_passes if {
	count(rule.deny) == 0 with input as {"kind": "cloudformation", "resources": [resource("AWS::EC2::Subnet", {"AvailabilityZone": "eu-west-1c"})]}
		with data.tollgate.organization as org
}

test_unknown_zone_not_reported if {
	count(rule.deny) == 0 with input as {"kind": "cloudformation", "resources": [resource("AWS::EC2::Subnet", {"AvailabilityZone": {"__unknown__": "Fn::Select [0,{\"Fn::GetAZs\":\"\"}]"}})]}
		with data.tollgate.organization as org
}
