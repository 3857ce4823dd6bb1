package tollgate.cloudformation.redshift_public_test

import rego.v1

import data.tollgate.cloudformation.redshift_public as policy

cluster(props) := {"address": "Warehouse", "type": "AWS::Redshift::Cluster", "name": "Warehouse", "attributes": props, "refs": []}

test_public_fails if {
	findings := policy.deny with input as {"kind": "cloudformation", "resources": [cluster({"NodeType": "ra3.xlplus", "PubliclyAccessible": "true"})]}
	count(findings) == 1
	some f in findings
	f.path == ["PubliclyAccessible"]
}

test_private_or_unset_passes if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		cluster({"NodeType": "ra3.xlplus", "PubliclyAccessible": "false"}),
		cluster({"NodeType": "ra3.xlplus"}),
	]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [cluster({"NodeType": "ra3.xlplus", "PubliclyAccessible": {"__unknown__": "Fn::If Demo"}})]}
}
