package tollgate.terraform.docdb_encryption_test

import rego.v1

import data.tollgate.terraform.docdb_encryption as policy

cluster(attrs) := {"address": "aws_docdb_cluster.c", "type": "aws_docdb_cluster", "name": "c", "mode": "managed", "attributes": attrs, "refs": []}

test_unencrypted_fails if {
	findings := policy.deny with input as {"kind": "terraform", "resources": [cluster({"cluster_identifier": "c", "storage_encrypted": false})]}
	count(findings) == 1
	some f in findings
	f.path == ["storage_encrypted"]
}

test_missing_fails if {
	count(policy.deny) == 1 with input as {"kind": "terraform", "resources": [cluster({"cluster_identifier": "c"})]}
}

test_encrypted_passes if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [cluster({"cluster_identifier": "c", "storage_encrypted": true})]}
}

test_restored_or_global_member_passes if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [
		cluster({"cluster_identifier": "c", "snapshot_identifier": "c-final"}),
		cluster({"cluster_identifier": "d", "global_cluster_identifier": {"__unknown__": "aws_docdb_global_cluster.g.id", "__ref__": "aws_docdb_global_cluster.g"}}),
		cluster({"cluster_identifier": "e", "restore_to_point_in_time": [{"source_cluster_identifier": "c", "use_latest_restorable_time": true}]}),
	]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [cluster({"cluster_identifier": "c", "storage_encrypted": {"__unknown__": "var.encrypted"}})]}
}
