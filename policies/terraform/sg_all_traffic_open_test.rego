package tollgate.terraform.sg_all_traffic_open_test

import rego.v1

import data.tollgate.terraform.sg_all_traffic_open as sg

resource(type, attrs) := {
	"address": sprintf("%s.this", [type]),
	"type": type,
	"name": "this",
	"mode": "managed",
	"attributes": attrs,
	"refs": [],
}

group(ingress) := resource("aws_security_group", {"name": "web", "ingress": ingress})

test_all_protocols_from_world_fails if {
	findings := sg.deny with input as {"kind": "terraform", "resources": [group([{"protocol": "-1", "from_port": 0, "to_port": 0, "cidr_blocks": ["0.0.0.0/0"]}])]}
	count(findings) == 1
	some f in findings
	f.path == ["ingress", 0, "cidr_blocks"]
}

test_every_tcp_port_fails if {
	count(sg.deny) == 1 with input as {"kind": "terraform", "resources": [resource("aws_security_group_rule", {"type": "ingress", "protocol": "tcp", "from_port": 0, "to_port": 65535, "ipv6_cidr_blocks": ["::/0"]})]}
}

test_vpc_ingress_rule_all_fails if {
	count(sg.deny) == 1 with input as {"kind": "terraform", "resources": [resource("aws_vpc_security_group_ingress_rule", {"cidr_ipv4": "0.0.0.0/0", "ip_protocol": "-1"})]}
}

test_single_port_passes if {
	count(sg.deny) == 0 with input as {"kind": "terraform", "resources": [group([
		{"protocol": "tcp", "from_port": 443, "to_port": 443, "cidr_blocks": ["0.0.0.0/0"]},
		{"protocol": "-1", "from_port": 0, "to_port": 0, "cidr_blocks": ["10.0.0.0/8"]},
	])]}
}

test_unknown_protocol_not_reported if {
	count(sg.deny) == 0 with input as {"kind": "terraform", "resources": [group([{"protocol": {"__unknown__": "var.protocol"}, "from_port": 0, "to_port": 0, "cidr_blocks": ["0.0.0.0/0"]}])]}
}
