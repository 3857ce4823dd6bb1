package tollgate.cloudformation.redshift_encryption_test

import rego.v1

import data.tollgate.cloudformation.redshift_encryption as policy

cluster(props) := {"address": "Warehouse", "type": "AWS::Redshift::Cluster", "name": "Warehouse", "attributes": props, "refs": []}

test_unencrypted_fails if {
	findings := policy.deny with input as {"kind": "cloudformation", "resources": [cluster({"NodeType": "ra3.xlplus", "Encrypted": "false"})]}
	count(findings) == 1
	some f in findings
	f.path == ["Encrypted"]
}

test_missing_fails if {
	count(policy.deny) == 1 with input as {"kind": "cloudformation", "resources": [cluster({"NodeType": "ra3.xlplus"})]}
}

test_encrypted_passes if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [cluster({"NodeType": "ra3.xlplus", "Encrypted": true})]}
}

test_snapshot_restore_passes if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [cluster({"NodeType": "ra3.xlplus", "SnapshotIdentifier": "nightly"})]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [cluster({"NodeType": "ra3.xlplus", "Encrypted": {"__unknown__": "Fn::If IsProd"}})]}
}
