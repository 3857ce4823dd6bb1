package tollgate.terraform.subnet_public_ip_test

import rego.v1

import data.tollgate.terraform.subnet_public_ip as subnet

sub(type, attrs) := {"address": sprintf("%s.s", [type]), "type": type, "name": "s", "mode": "managed", "attributes": attrs, "refs": []}

test_public_subnet_fails if {
	findings := subnet.deny with input as {"kind": "terraform", "resources": [sub("aws_subnet", {"cidr_block": "10.0.0.0/24", "map_public_ip_on_launch": true})]}
	count(findings) == 1
	some f in findings
	f.path == ["map_public_ip_on_launch"]
}

test_default_subnet_string_true_fails if {
	count(subnet.deny) == 1 with input as {"kind": "terraform", "resources": [sub("aws_default_subnet", {"availability_zone": "eu-west-1a", "map_public_ip_on_launch": "true"})]}
}

test_absent_or_false_passes if {
	count(subnet.deny) == 0 with input as {"kind": "terraform", "resources": [
		sub("aws_subnet", {"cidr_block": "10.0.0.0/24"}),
		sub("aws_subnet", {"cidr_block": "10.0.1.0/24", "map_public_ip_on_launch": false}),
	]}
}

test_unknown_not_reported if {
	count(subnet.deny) == 0 with input as {"kind": "terraform", "resources": [sub("aws_subnet", {"map_public_ip_on_launch": {"__unknown__": "var.public"}})]}
}
