package tollgate.terraform.nacl_admin_ports_test

import rego.v1

import data.tollgate.terraform.nacl_admin_ports as nacl

acl(address, ingress) := {"address": address, "type": "aws_network_acl", "name": "x", "mode": "managed", "attributes": {"vpc_id": "vpc-1", "ingress": ingress}, "refs": []}

acl_rule(address, attrs) := {"address": address, "type": "aws_network_acl_rule", "name": "x", "mode": "managed", "attributes": attrs, "refs": []}

entry(no, action, protocol, cidr, from, to) := {"rule_no": no, "action": action, "protocol": protocol, "cidr_block": cidr, "from_port": from, "to_port": to}

acl_ref := {"__unknown__": "aws_network_acl.public.id", "__ref__": "aws_network_acl.public"}

test_inline_ssh_from_world_fails if {
	findings := nacl.deny with input as {"kind": "terraform", "resources": [acl("aws_network_acl.public", [entry(100, "allow", "tcp", "0.0.0.0/0", 22, 22)])]}
	count(findings) == 1
	some f in findings
	f.path == ["ingress", 0, "cidr_block"]
}

test_all_traffic_rule_resource_fails if {
	findings := nacl.deny with input as {"kind": "terraform", "resources": [acl_rule("aws_network_acl_rule.all", {
		"network_acl_id": acl_ref, "rule_number": 200, "egress": false, "protocol": "-1",
		"rule_action": "allow", "ipv6_cidr_block": "::/0", "from_port": 0, "to_port": 0,
	})]}
	count(findings) == 1
	some f in findings
	contains(f.message, "22 and 3389")
}

test_default_network_acl_fails if {
	count(nacl.deny) == 1 with input as {"kind": "terraform", "resources": [{
		"address": "aws_default_network_acl.default", "type": "aws_default_network_acl", "name": "default", "mode": "managed",
		"attributes": {"ingress": [entry(100, "allow", "-1", "0.0.0.0/0", 0, 0)]}, "refs": [],
	}]}
}

test_deny_after_allow_does_not_help if {
	count(nacl.deny) == 1 with input as {"kind": "terraform", "resources": [acl("aws_network_acl.public", [
		entry(100, "allow", "tcp", "0.0.0.0/0", 0, 65535),
		entry(200, "deny", "tcp", "0.0.0.0/0", 22, 22),
	])]}
}

test_earlier_deny_shadows_allow_passes if {
	count(nacl.deny) == 0 with input as {"kind": "terraform", "resources": [
		acl_rule("aws_network_acl_rule.deny_ssh", {"network_acl_id": acl_ref, "rule_number": 90, "protocol": "tcp", "rule_action": "deny", "cidr_block": "0.0.0.0/0", "from_port": 22, "to_port": 22}),
		acl_rule("aws_network_acl_rule.deny_rdp", {"network_acl_id": acl_ref, "rule_number": 91, "protocol": "tcp", "rule_action": "deny", "cidr_block": "0.0.0.0/0", "from_port": 3389, "to_port": 3389}),
		acl_rule("aws_network_acl_rule.allow_all", {"network_acl_id": acl_ref, "rule_number": 100, "protocol": "tcp", "rule_action": "allow", "cidr_block": "0.0.0.0/0", "from_port": 0, "to_port": 65535}),
	]}
}

test_egress_and_private_and_https_pass if {
	count(nacl.deny) == 0 with input as {"kind": "terraform", "resources": [
		acl("aws_network_acl.public", [entry(100, "allow", "tcp", "0.0.0.0/0", 443, 443), entry(110, "allow", "tcp", "10.0.0.0/8", 22, 22)]),
		acl_rule("aws_network_acl_rule.out", {"network_acl_id": acl_ref, "rule_number": 100, "egress": true, "protocol": "-1", "rule_action": "allow", "cidr_block": "0.0.0.0/0", "from_port": 0, "to_port": 0}),
	]}
}

test_unknown_values_not_reported if {
	count(nacl.deny) == 0 with input as {"kind": "terraform", "resources": [
		acl("aws_network_acl.a", [entry(100, "allow", "tcp", {"__unknown__": "var.cidr"}, 22, 22)]),
		acl("aws_network_acl.b", [entry(100, "allow", "tcp", "0.0.0.0/0", {"__unknown__": "var.port"}, 22)]),
		acl("aws_network_acl.c", [entry(100, "allow", "tcp", "0.0.0.0/0", 22, 22), entry({"__unknown__": "var.n"}, "deny", "tcp", "0.0.0.0/0", 0, 65535)]),
		acl("aws_network_acl.d", {"__unknown__": "dynamic ingress"}),
	]}
}
