package tollgate.terraform.sg_admin_ports_open_test

import rego.v1

import data.tollgate.terraform.sg_admin_ports_open as sg

resource(type, attrs) := {
	"address": sprintf("%s.this", [type]),
	"type": type,
	"name": "this",
	"mode": "managed",
	"attributes": attrs,
	"refs": [],
}

group(ingress) := resource("aws_security_group", {"name": "bastion", "ingress": ingress})

test_inline_ssh_from_world_fails if {
	findings := sg.deny with input as {"kind": "terraform", "resources": [group([
		{"protocol": "tcp", "from_port": 443, "to_port": 443, "cidr_blocks": ["0.0.0.0/0"]},
		{"protocol": "tcp", "from_port": 22, "to_port": 22, "cidr_blocks": ["10.0.0.0/8", "0.0.0.0/0"]},
	])]}
	count(findings) == 1
	some f in findings
	f.path == ["ingress", 1, "cidr_blocks"]
}

test_port_range_covering_rdp_fails if {
	count(sg.deny) == 1 with input as {"kind": "terraform", "resources": [group([{"protocol": "tcp", "from_port": 3000, "to_port": 4000, "ipv6_cidr_blocks": ["::/0"]}])]}
}

test_all_protocols_fails if {
	count(sg.deny) == 1 with input as {"kind": "terraform", "resources": [group([{"protocol": "-1", "from_port": 0, "to_port": 0, "cidr_blocks": ["0.0.0.0/0"]}])]}
}

test_security_group_rule_fails if {
	findings := sg.deny with input as {"kind": "terraform", "resources": [resource("aws_security_group_rule", {
		"type": "ingress",
		"protocol": "tcp",
		"from_port": 22,
		"to_port": 22,
		"cidr_blocks": ["0.0.0.0/0"],
		"security_group_id": {"__unknown__": "aws_security_group.this.id", "__ref__": "aws_security_group.this"},
	})]}
	count(findings) == 1
	some f in findings
	f.path == ["cidr_blocks"]
}

test_vpc_ingress_rule_fails if {
	count(sg.deny) == 1 with input as {"kind": "terraform", "resources": [resource("aws_vpc_security_group_ingress_rule", {"cidr_ipv4": "0.0.0.0/0", "ip_protocol": "tcp", "from_port": 3389, "to_port": 3389})]}
}

test_restricted_or_other_ports_pass if {
	count(sg.deny) == 0 with input as {"kind": "terraform", "resources": [
		group([
			{"protocol": "tcp", "from_port": 22, "to_port": 22, "cidr_blocks": ["10.0.0.0/8"]},
			{"protocol": "tcp", "from_port": 443, "to_port": 443, "cidr_blocks": ["0.0.0.0/0"]},
			{"protocol": "icmp", "from_port": -1, "to_port": -1, "cidr_blocks": ["0.0.0.0/0"]},
		]),
		resource("aws_security_group_rule", {"type": "egress", "protocol": "-1", "from_port": 0, "to_port": 0, "cidr_blocks": ["0.0.0.0/0"]}),
	]}
}

test_unknown_port_not_reported if {
	count(sg.deny) == 0 with input as {"kind": "terraform", "resources": [group([{"protocol": "tcp", "from_port": {"__unknown__": "var.port"}, "to_port": {"__unknown__": "var.port"}, "cidr_blocks": ["0.0.0.0/0"]}])]}
}

test_unknown_cidr_not_reported if {
	count(sg.deny) == 0 with input as {"kind": "terraform", "resources": [group([{"protocol": "tcp", "from_port": 22, "to_port": 22, "cidr_blocks": [{"__unknown__": "var.admin_cidr"}]}])]}
}
