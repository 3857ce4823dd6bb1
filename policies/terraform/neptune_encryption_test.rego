package tollgate.terraform.neptune_encryption_test

import rego.v1

import data.tollgate.terraform.neptune_encryption as policy

cluster(attrs) := {"address": "aws_neptune_cluster.g", "type": "aws_neptune_cluster", "name": "g", "mode": "managed", "attributes": attrs, "refs": []}

test_unencrypted_fails if {
	findings := policy.deny with input as {"kind": "terraform", "resources": [cluster({"cluster_identifier": "g", "storage_encrypted": false})]}
	count(findings) == 1
	some f in findings
	f.path == ["storage_encrypted"]
}

test_missing_fails if {
	count(policy.deny) == 1 with input as {"kind": "terraform", "resources": [cluster({"cluster_identifier": "g"})]}
}

test_encrypted_or_restored_passes if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [
		cluster({"cluster_identifier": "g", "storage_encrypted": true}),
		cluster({"cluster_identifier": "h", "snapshot_identifier": "g-final"}),
		cluster({"cluster_identifier": "i", "replication_source_identifier": {"__unknown__": "aws_neptune_cluster.g.arn", "__ref__": "aws_neptune_cluster.g"}}),
	]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [cluster({"cluster_identifier": "g", "storage_encrypted": {"__unknown__": "var.encrypted"}})]}
}
