package tollgate.cloudformation.lb_multi_az_test

import rego.v1

import data.tollgate.cloudformation.lb_multi_az as az

lb(props) := {"address": "Lb", "type": "AWS::ElasticLoadBalancingV2::LoadBalancer", "name": "Lb", "attributes": props, "refs": []}

test_single_subnet_fails if {
	findings := az.deny with input as {"kind": "cloudformation", "resources": [lb({"Subnets": [{"__unknown__": "Ref SubnetA", "__ref__": "SubnetA"}]})]}
	count(findings) == 1
	some f in findings
	f.path == ["Subnets"]
}

test_single_subnet_parameter_default_fails if {
	count(az.deny) == 1 with input as {"kind": "cloudformation", "resources": [lb({"Subnets": "subnet-0a1b2c3d"})]}
}

test_single_mapping_fails if {
	count(az.deny) == 1 with input as {"kind": "cloudformation", "resources": [lb({"Type": "network", "SubnetMappings": [{"SubnetId": "subnet-1", "AllocationId": "eipalloc-1"}]})]}
}

test_two_subnets_pass if {
	count(az.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		lb({"Subnets": "subnet-a,subnet-b"}),
		lb({"Subnets": [{"__unknown__": "Ref SubnetA"}, {"__unknown__": "Ref SubnetB"}]}),
		lb({"SubnetMappings": [{"SubnetId": "subnet-1"}, {"SubnetId": "subnet-2"}]}),
	]}
}

test_unknown_not_reported if {
	count(az.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		lb({"Subnets": {"__unknown__": "Ref PublicSubnetIds"}}),
		lb({"SubnetMappings": {"__unknown__": "Fn::If"}}),
		lb({"__unknown__": "Fn::If"}),
	]}
}
