package tollgate.cloudformation.neptune_encryption_test

import rego.v1

import data.tollgate.cloudformation.neptune_encryption as policy

cluster(props) := {"address": "Graph", "type": "AWS::Neptune::DBCluster", "name": "Graph", "attributes": props, "refs": []}

test_unencrypted_fails if {
	findings := policy.deny with input as {"kind": "cloudformation", "resources": [cluster({"IamAuthEnabled": true, "StorageEncrypted": "false"})]}
	count(findings) == 1
	some f in findings
	f.path == ["StorageEncrypted"]
}

test_missing_fails if {
	count(policy.deny) == 1 with input as {"kind": "cloudformation", "resources": [cluster({"IamAuthEnabled": true})]}
}

test_encrypted_or_restored_passes if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		cluster({"StorageEncrypted": true}),
		cluster({"SnapshotIdentifier": "graph-nightly"}),
	]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [cluster({"StorageEncrypted": {"__unknown__": "Fn::If IsProd"}})]}
}
