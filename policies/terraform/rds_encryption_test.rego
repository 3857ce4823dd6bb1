package tollgate.terraform.rds_encryption_test

import rego.v1

import data.tollgate.terraform.rds_encryption as rds

resource(type, attrs) := {
	"address": sprintf("%s.this", [type]),
	"type": type,
	"name": "this",
	"mode": "managed",
	"attributes": attrs,
	"refs": [],
}

test_instance_unencrypted_fails if {
	findings := rds.deny with input as {"kind": "terraform", "resources": [resource("aws_db_instance", {"engine": "postgres", "storage_encrypted": false})]}
	count(findings) == 1
	some f in findings
	f.path == ["storage_encrypted"]
}

test_instance_encryption_missing_fails if {
	count(rds.deny) == 1 with input as {"kind": "terraform", "resources": [resource("aws_db_instance", {"engine": "mysql"})]}
}

test_cluster_unencrypted_fails if {
	count(rds.deny) == 1 with input as {"kind": "terraform", "resources": [resource("aws_rds_cluster", {"engine": "aurora-postgresql"})]}
}

test_encrypted_passes if {
	count(rds.deny) == 0 with input as {"kind": "terraform", "resources": [
		resource("aws_db_instance", {"engine": "postgres", "storage_encrypted": true}),
		resource("aws_rds_cluster", {"engine": "aurora-mysql", "storage_encrypted": true}),
	]}
}

test_read_replica_and_serverless_pass if {
	count(rds.deny) == 0 with input as {"kind": "terraform", "resources": [
		resource("aws_db_instance", {"replicate_source_db": {"__unknown__": "aws_db_instance.main.identifier", "__ref__": "aws_db_instance.main"}}),
		resource("aws_rds_cluster", {"engine": "aurora-mysql", "engine_mode": "serverless"}),
	]}
}

test_unknown_encryption_not_reported if {
	count(rds.deny) == 0 with input as {"kind": "terraform", "resources": [resource("aws_db_instance", {"engine": "postgres", "storage_encrypted": {"__unknown__": "var.encrypted"}})]}
}
