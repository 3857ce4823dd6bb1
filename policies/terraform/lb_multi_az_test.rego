package tollgate.terraform.lb_multi_az_test

import rego.v1

import data.tollgate.terraform.lb_multi_az as az

lb(attrs) := {"address": "aws_lb.app", "type": "aws_lb", "name": "app", "mode": "managed", "attributes": attrs, "refs": []}

subnet(name) := {"__unknown__": sprintf("aws_subnet.%s.id", [name]), "__ref__": sprintf("aws_subnet.%s", [name])}

test_single_subnet_fails if {
	findings := az.deny with input as {"kind": "terraform", "resources": [lb({"subnets": [subnet("a")]})]}
	count(findings) == 1
	some f in findings
	f.path == ["subnets"]
}

test_repeated_subnet_fails if {
	count(az.deny) == 1 with input as {"kind": "terraform", "resources": [lb({"subnets": ["subnet-1", "subnet-1"]})]}
}

test_single_mapping_fails if {
	findings := az.deny with input as {"kind": "terraform", "resources": [lb({"load_balancer_type": "network", "subnet_mapping": [{"subnet_id": "subnet-1", "allocation_id": "eipalloc-1"}]})]}
	count(findings) == 1
	some f in findings
	f.path == ["subnet_mapping"]
}

test_two_subnets_or_mappings_pass if {
	count(az.deny) == 0 with input as {"kind": "terraform", "resources": [
		lb({"subnets": [subnet("a"), subnet("b")]}),
		lb({"subnet_mapping": [{"subnet_id": "subnet-1"}, {"subnet_id": "subnet-2"}]}),
	]}
}

test_unknown_not_reported if {
	count(az.deny) == 0 with input as {"kind": "terraform", "resources": [
		lb({"subnets": {"__unknown__": "var.subnet_ids"}}),
		lb({"subnet_mapping": {"__unknown__": "dynamic"}}),
		lb({"subnets": [[subnet("a"), subnet("b")]]}),
	]}
}
