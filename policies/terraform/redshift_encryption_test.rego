package tollgate.terraform.redshift_encryption_test

import rego.v1

import data.tollgate.terraform.redshift_encryption as policy

cluster(attrs) := {"address": "aws_redshift_cluster.w", "type": "aws_redshift_cluster", "name": "w", "mode": "managed", "attributes": attrs, "refs": []}

test_unencrypted_fails if {
	findings := policy.deny with input as {"kind": "terraform", "resources": [cluster({"cluster_identifier": "w", "encrypted": false})]}
	count(findings) == 1
	some f in findings
	f.path == ["encrypted"]
}

test_encrypted_missing_fails if {
	count(policy.deny) == 1 with input as {"kind": "terraform", "resources": [cluster({"cluster_identifier": "w"})]}
}

test_string_false_fails if {
	count(policy.deny) == 1 with input as {"kind": "terraform", "resources": [cluster({"cluster_identifier": "w", "encrypted": "false"})]}
}

test_encrypted_passes if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [cluster({"cluster_identifier": "w", "encrypted": true})]}
}

test_restored_from_snapshot_passes if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [cluster({"cluster_identifier": "w", "snapshot_identifier": "w-final"})]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [
		cluster({"cluster_identifier": "w", "encrypted": {"__unknown__": "var.encrypted"}}),
		{"address": "data.aws_redshift_cluster.x", "type": "aws_redshift_cluster", "name": "x", "mode": "data", "attributes": {}, "refs": []},
	]}
}
