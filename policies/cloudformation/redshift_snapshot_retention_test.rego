package tollgate.cloudformation.redshift_snapshot_retention_test

import rego.v1

import data.tollgate.cloudformation.redshift_snapshot_retention as policy

cluster(props) := {"address": "Warehouse", "type": "AWS::Redshift::Cluster", "name": "Warehouse", "attributes": props, "refs": []}

test_zero_retention_fails if {
	findings := policy.deny with input as {"kind": "cloudformation", "resources": [cluster({"NodeType": "ra3.xlplus", "AutomatedSnapshotRetentionPeriod": "0"})]}
	count(findings) == 1
	some f in findings
	f.path == ["AutomatedSnapshotRetentionPeriod"]
}

test_retention_or_default_passes if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		cluster({"NodeType": "ra3.xlplus", "AutomatedSnapshotRetentionPeriod": 7}),
		cluster({"NodeType": "ra3.xlplus"}),
	]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [cluster({"NodeType": "ra3.xlplus", "AutomatedSnapshotRetentionPeriod": {"__unknown__": "Fn::If IsProd"}})]}
}
