package tollgate.cloudformation.vpc_flow_logs_test

import rego.v1

import data.tollgate.cloudformation.vpc_flow_logs

res(type, address, attrs, refs) := {"address": address, "type": type, "name": address, "attributes": attrs, "refs": refs}

vpc(address) := res("AWS::EC2::VPC", address, {"CidrBlock": "10.0.0.0/16"}, [])

test_vpc_without_flow_log_fails if {
	findings := vpc_flow_logs.deny with input as {"kind": "cloudformation", "resources": [vpc("Vpc")]}
	count(findings) == 1
	some f in findings
	f.resource == "Vpc"
	f.path == ["CidrBlock"]
}

test_flow_log_for_other_vpc_fails if {
	count(vpc_flow_logs.deny) == 1 with input as {"kind": "cloudformation", "resources": [
		vpc("Vpc"),
		vpc("SharedVpc"),
		res("AWS::EC2::FlowLog", "FlowLog", {"ResourceType": "VPC", "ResourceId": {"__unknown__": "Ref SharedVpc", "__ref__": "SharedVpc"}}, ["SharedVpc"]),
	]}
}

test_flow_log_for_existing_vpc_id_fails if {
	count(vpc_flow_logs.deny) == 1 with input as {"kind": "cloudformation", "resources": [
		vpc("Vpc"),
		res("AWS::EC2::FlowLog", "FlowLog", {"ResourceType": "VPC", "ResourceId": "vpc-0123456789abcdef0"}, []),
	]}
}

test_flow_log_by_ref_passes if {
	count(vpc_flow_logs.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		vpc("Vpc"),
		res("AWS::EC2::FlowLog", "FlowLog", {"ResourceType": "VPC", "ResourceId": {"__unknown__": "Fn::GetAtt [\"Vpc\",\"VpcId\"]", "__ref__": "Vpc"}}, ["Vpc"]),
	]}
}

test_flow_log_by_sub_passes if {
	count(vpc_flow_logs.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		vpc("Vpc"),
		res("AWS::EC2::FlowLog", "FlowLog", {"ResourceType": "VPC", "ResourceId": {"__unknown__": "Fn::Sub ${Vpc}"}}, ["Vpc"]),
	]}
}

test_flow_log_of_parameter_not_reported if {
	count(vpc_flow_logs.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		vpc("Vpc"),
		res("AWS::EC2::FlowLog", "FlowLog", {"ResourceType": "VPC", "ResourceId": {"__unknown__": "Ref VpcId"}}, []),
	]}
}
