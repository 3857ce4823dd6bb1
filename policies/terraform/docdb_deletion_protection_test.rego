package tollgate.terraform.docdb_deletion_protection_test

import rego.v1

import data.tollgate.terraform.docdb_deletion_protection as policy

cluster(attrs) := {"address": "aws_docdb_cluster.c", "type": "aws_docdb_cluster", "name": "c", "mode": "managed", "attributes": attrs, "refs": []}

test_disabled_fails if {
	findings := policy.deny with input as {"kind": "terraform", "resources": [cluster({"cluster_identifier": "c", "deletion_protection": false})]}
	count(findings) == 1
	some f in findings
	f.path == ["deletion_protection"]
}

test_missing_fails if {
	count(policy.deny) == 1 with input as {"kind": "terraform", "resources": [cluster({"cluster_identifier": "c"})]}
}

test_enabled_passes if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [cluster({"cluster_identifier": "c", "deletion_protection": true})]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [cluster({"cluster_identifier": "c", "deletion_protection": {"__unknown__": "var.protect"}})]}
}
