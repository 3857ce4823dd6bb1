package tollgate.terraform.docdb_backup_retention_test

import rego.v1

import data.tollgate.terraform.docdb_backup_retention as policy

cluster(attrs) := {"address": "aws_docdb_cluster.c", "type": "aws_docdb_cluster", "name": "c", "mode": "managed", "attributes": attrs, "refs": []}

test_short_retention_fails if {
	findings := policy.deny with input as {"kind": "terraform", "resources": [cluster({"cluster_identifier": "c", "backup_retention_period": 3})]}
	count(findings) == 1
	some f in findings
	f.path == ["backup_retention_period"]
}

test_default_retention_fails if {
	count(policy.deny) == 1 with input as {"kind": "terraform", "resources": [cluster({"cluster_identifier": "c"})]}
}

test_week_passes if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [
		cluster({"cluster_identifier": "c", "backup_retention_period": 7}),
		cluster({"cluster_identifier": "d", "backup_retention_period": "35"}),
	]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [cluster({"cluster_identifier": "c", "backup_retention_period": {"__unknown__": "var.days"}})]}
}
