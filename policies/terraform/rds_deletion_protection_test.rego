package tollgate.terraform.rds_deletion_protection_test

import rego.v1

import data.tollgate.terraform.rds_deletion_protection as rds

resource(type, attrs) := {
	"address": sprintf("%s.this", [type]),
	"type": type,
	"name": "this",
	"mode": "managed",
	"attributes": attrs,
	"refs": [],
}

test_protection_off_fails if {
	findings := rds.deny with input as {"kind": "terraform", "resources": [resource("aws_db_instance", {"engine": "postgres", "deletion_protection": false})]}
	count(findings) == 1
	some f in findings
	f.path == ["deletion_protection"]
}

test_cluster_protection_missing_fails if {
	count(rds.deny) == 1 with input as {"kind": "terraform", "resources": [resource("aws_rds_cluster", {"engine": "aurora-postgresql"})]}
}

test_protected_passes if {
	count(rds.deny) == 0 with input as {"kind": "terraform", "resources": [
		resource("aws_db_instance", {"engine": "postgres", "deletion_protection": true}),
		resource("aws_rds_cluster", {"engine": "aurora-postgresql", "deletion_protection": true}),
	]}
}

test_unknown_protection_not_reported if {
	count(rds.deny) == 0 with input as {"kind": "terraform", "resources": [resource("aws_db_instance", {"engine": "postgres", "deletion_protection": {"__unknown__": "var.protect"}})]}
}
