package tollgate.terraform.redshift_snapshot_retention_test

import rego.v1

import data.tollgate.terraform.redshift_snapshot_retention as policy

cluster(attrs) := {"address": "aws_redshift_cluster.w", "type": "aws_redshift_cluster", "name": "w", "mode": "managed", "attributes": attrs, "refs": []}

test_zero_retention_fails if {
	findings := policy.deny with input as {"kind": "terraform", "resources": [cluster({"cluster_identifier": "w", "automated_snapshot_retention_period": 0})]}
	count(findings) == 1
	some f in findings
	f.path == ["automated_snapshot_retention_period"]
}

test_zero_string_fails if {
	count(policy.deny) == 1 with input as {"kind": "terraform", "resources": [cluster({"cluster_identifier": "w", "automated_snapshot_retention_period": "0"})]}
}

test_retention_or_default_passes if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [
		cluster({"cluster_identifier": "w", "automated_snapshot_retention_period": 7}),
		cluster({"cluster_identifier": "x"}),
	]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [cluster({"cluster_identifier": "w", "automated_snapshot_retention_period": {"__unknown__": "var.retention"}})]}
}
