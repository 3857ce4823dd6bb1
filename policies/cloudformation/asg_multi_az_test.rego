package tollgate.cloudformation.asg_multi_az_test

import rego.v1

group(props) := {
	"address": "WebGroup",
	"type": "AWS::AutoScaling::AutoScalingGroup",
	"name": "WebGroup",
	"attributes": object.union({"MinSize": "2", "MaxSize": "6"}, props),
	"refs": [],
}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "parameters": {}, "conditions": {}, "resources": resources}

test_single_subnet_fails if {
	findings := data.tollgate.cloudformation.asg_multi_az.deny with input as doc([group({"VPCZoneIdentifier": [{"__unknown__": "Ref PrivateSubnetA", "__ref__": "PrivateSubnetA"}]})])
	count(findings) == 1
	some f in findings
	f.resource == "WebGroup"
	f.path == ["VPCZoneIdentifier"]
}

test_single_zone_fails if {
	count(data.tollgate.cloudformation.asg_multi_az.deny) == 1 with input as doc([group({"AvailabilityZones": ["eu-west-1a"]})])
}

test_two_subnets_pass if {
	count(data.tollgate.cloudformation.asg_multi_az.deny) == 0 with input as doc([group({"VPCZoneIdentifier": ["subnet-1", "subnet-2"]})])
}

test_unknown_not_reported if {
	count(data.tollgate.cloudformation.asg_multi_az.deny) == 0 with input as doc([group({"VPCZoneIdentifier": {"__unknown__": "Ref Subnets"}})])
	count(data.tollgate.cloudformation.asg_multi_az.deny) == 0 with input as doc([group({"AvailabilityZones": {"__unknown__": "Fn::GetAZs "}})])
}
