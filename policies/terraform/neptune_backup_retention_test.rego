package tollgate.terraform.neptune_backup_retention_test

import rego.v1

import data.tollgate.terraform.neptune_backup_retention as policy

cluster(attrs) := {"address": "aws_neptune_cluster.g", "type": "aws_neptune_cluster", "name": "g", "mode": "managed", "attributes": attrs, "refs": []}

test_short_retention_fails if {
	findings := policy.deny with input as {"kind": "terraform", "resources": [cluster({"cluster_identifier": "g", "backup_retention_period": 1})]}
	count(findings) == 1
	some f in findings
	f.path == ["backup_retention_period"]
}

test_default_retention_fails if {
	count(policy.deny) == 1 with input as {"kind": "terraform", "resources": [cluster({"cluster_identifier": "g"})]}
}

test_week_passes if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [cluster({"cluster_identifier": "g", "backup_retention_period": "7"})]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [cluster({"cluster_identifier": "g", "backup_retention_period": {"__unknown__": "var.days"}})]}
}
