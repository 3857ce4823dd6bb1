package tollgate.cloudformation.nacl_admin_ports_test

import rego.v1

import data.tollgate.cloudformation.nacl_admin_ports as nacl

acl_ref := {"__unknown__": "Ref PublicAcl", "__ref__": "PublicAcl"}

entry(address, props) := {"address": address, "type": "AWS::EC2::NetworkAclEntry", "name": address, "attributes": object.union({"NetworkAclId": acl_ref}, props), "refs": ["PublicAcl"]}

test_rdp_from_world_fails if {
	findings := nacl.deny with input as {"kind": "cloudformation", "resources": [entry("Rdp", {
		"RuleNumber": 100, "Protocol": 6, "RuleAction": "allow", "Egress": false,
		"CidrBlock": "0.0.0.0/0", "PortRange": {"From": 3389, "To": 3389},
	})]}
	count(findings) == 1
	some f in findings
	f.path == ["CidrBlock"]
	contains(f.message, "3389")
}

test_all_protocols_ipv6_fails_with_string_values if {
	count(nacl.deny) == 1 with input as {"kind": "cloudformation", "resources": [entry("All", {
		"RuleNumber": "100", "Protocol": "-1", "RuleAction": "allow", "Ipv6CidrBlock": "::/0",
	})]}
}

test_earlier_deny_shadows_allow_passes if {
	count(nacl.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		entry("DenyAdmin", {"RuleNumber": 50, "Protocol": -1, "RuleAction": "deny", "CidrBlock": "0.0.0.0/0"}),
		entry("AllowAll", {"RuleNumber": 100, "Protocol": 6, "RuleAction": "allow", "CidrBlock": "0.0.0.0/0", "PortRange": {"From": 0, "To": 65535}}),
	]}
}

test_egress_and_https_pass if {
	count(nacl.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		entry("Out", {"RuleNumber": 100, "Protocol": -1, "RuleAction": "allow", "Egress": "true", "CidrBlock": "0.0.0.0/0"}),
		entry("Https", {"RuleNumber": 100, "Protocol": 6, "RuleAction": "allow", "CidrBlock": "0.0.0.0/0", "PortRange": {"From": 443, "To": 443}}),
	]}
}

test_unknown_values_not_reported if {
	count(nacl.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		entry("A", {"RuleNumber": 100, "Protocol": 6, "RuleAction": "allow", "CidrBlock": {"__unknown__": "Ref AdminCidr"}, "PortRange": {"From": 22, "To": 22}}),
		entry("B", {"RuleNumber": 110, "Protocol": 6, "RuleAction": "allow", "CidrBlock": "0.0.0.0/0", "PortRange": {"__unknown__": "Fn::If"}}),
		entry("C", {"RuleNumber": 120, "Protocol": 6, "RuleAction": "allow", "CidrBlock": "0.0.0.0/0", "Egress": {"__unknown__": "Fn::If"}, "PortRange": {"From": 22, "To": 22}}),
	]}
}
