package tollgate.cloudformation.docdb_encryption_test

import rego.v1

import data.tollgate.cloudformation.docdb_encryption as policy

cluster(props) := {"address": "Catalog", "type": "AWS::DocDB::DBCluster", "name": "Catalog", "attributes": props, "refs": []}

test_unencrypted_fails if {
	findings := policy.deny with input as {"kind": "cloudformation", "resources": [cluster({"MasterUsername": "a", "StorageEncrypted": "false"})]}
	count(findings) == 1
	some f in findings
	f.path == ["StorageEncrypted"]
}

test_missing_fails if {
	count(policy.deny) == 1 with input as {"kind": "cloudformation", "resources": [cluster({"MasterUsername": "a"})]}
}

test_encrypted_or_restored_passes if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		cluster({"MasterUsername": "a", "StorageEncrypted": true}),
		cluster({"SnapshotIdentifier": "catalog-nightly"}),
		cluster({"SourceDBClusterIdentifier": "catalog", "RestoreType": "copy-on-write", "UseLatestRestorableTime": true}),
	]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [cluster({"MasterUsername": "a", "StorageEncrypted": {"__unknown__": "Fn::If IsProd"}})]}
}
