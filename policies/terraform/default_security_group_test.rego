package tollgate.terraform.default_security_group_test

import rego.v1

import data.tollgate.terraform.default_security_group as dsg

res(type, address, attrs) := {"address": address, "type": type, "name": "x", "mode": "managed", "attributes": attrs, "refs": []}

test_default_group_with_rules_fails if {
	findings := dsg.deny with input as {"kind": "terraform", "resources": [res("aws_default_security_group", "aws_default_security_group.default", {
		"vpc_id": {"__unknown__": "aws_vpc.main.id", "__ref__": "aws_vpc.main"},
		"ingress": [{"protocol": -1, "self": true, "from_port": 0, "to_port": 0}],
		"egress": [{"protocol": "-1", "cidr_blocks": ["0.0.0.0/0"], "from_port": 0, "to_port": 0}],
	})]}
	count(findings) == 2
	some f in findings
	f.path == ["ingress", 0]
}

test_rule_on_vpc_default_group_fails if {
	count(dsg.deny) == 1 with input as {"kind": "terraform", "resources": [res("aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_ingress_rule.all", {
		"security_group_id": {"__unknown__": "aws_vpc.main.default_security_group_id", "__ref__": "aws_vpc.main"},
		"cidr_ipv4": "10.0.0.0/8",
		"ip_protocol": "-1",
	})]}
}

test_rule_on_adopted_default_group_fails if {
	count(dsg.deny) == 1 with input as {"kind": "terraform", "resources": [
		res("aws_default_security_group", "aws_default_security_group.default", {"vpc_id": "vpc-1"}),
		res("aws_security_group_rule", "aws_security_group_rule.ssh", {
			"type": "ingress",
			"security_group_id": {"__unknown__": "aws_default_security_group.default.id", "__ref__": "aws_default_security_group.default"},
		}),
	]}
}

test_empty_default_group_passes if {
	count(dsg.deny) == 0 with input as {"kind": "terraform", "resources": [
		res("aws_default_security_group", "aws_default_security_group.default", {"vpc_id": "vpc-1", "ingress": []}),
		res("aws_security_group_rule", "aws_security_group_rule.app", {
			"type": "ingress",
			"security_group_id": {"__unknown__": "aws_security_group.app.id", "__ref__": "aws_security_group.app"},
		}),
	]}
}

test_unknown_rules_not_reported if {
	count(dsg.deny) == 0 with input as {"kind": "terraform", "resources": [
		res("aws_default_security_group", "aws_default_security_group.default", {"vpc_id": "vpc-1", "ingress": {"__unknown__": "var.rules"}}),
		res("aws_security_group_rule", "aws_security_group_rule.app", {"type": "ingress", "security_group_id": {"__unknown__": "var.sg_id"}}),
	]}
}
