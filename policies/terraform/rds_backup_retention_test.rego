package tollgate.terraform.rds_backup_retention_test

import rego.v1

import data.tollgate.terraform.rds_backup_retention as rds

resource(type, attrs) := {
	"address": sprintf("%s.this", [type]),
	"type": type,
	"name": "this",
	"mode": "managed",
	"attributes": attrs,
	"refs": [],
}

test_short_retention_fails if {
	findings := rds.deny with input as {"kind": "terraform", "resources": [resource("aws_db_instance", {"engine": "postgres", "backup_retention_period": 3})]}
	count(findings) == 1
	some f in findings
	f.path == ["backup_retention_period"]
}

test_missing_retention_fails if {
	count(rds.deny) == 1 with input as {"kind": "terraform", "resources": [resource("aws_rds_cluster", {"engine": "aurora-postgresql"})]}
}

test_week_of_backups_passes if {
	count(rds.deny) == 0 with input as {"kind": "terraform", "resources": [
		resource("aws_db_instance", {"engine": "postgres", "backup_retention_period": 7}),
		resource("aws_rds_cluster", {"engine": "aurora-mysql", "backup_retention_period": 35}),
	]}
}

test_read_replica_passes if {
	count(rds.deny) == 0 with input as {"kind": "terraform", "resources": [resource("aws_db_instance", {"replicate_source_db": "primary-db"})]}
}

test_unknown_retention_not_reported if {
	count(rds.deny) == 0 with input as {"kind": "terraform", "resources": [resource("aws_db_instance", {"engine": "postgres", "backup_retention_period": {"__unknown__": "var.retention"}})]}
}
