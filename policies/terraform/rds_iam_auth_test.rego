package tollgate.terraform.rds_iam_auth_test

import rego.v1

import data.tollgate.terraform.rds_iam_auth as policy

resource(type, attrs) := {
	"address": sprintf("%s.this", [type]),
	"type": type,
	"name": "this",
	"mode": "managed",
	"attributes": attrs,
	"refs": [],
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

test_instance_without_iam_auth_fails if {
	findings := policy.deny with input as doc([resource("aws_db_instance", {"engine": "postgres"})])
	count(findings) == 1
	some f in findings
	f.resource == "aws_db_instance.this"
	f.path == ["iam_database_authentication_enabled"]
}

test_explicit_false_and_cluster_fail if {
	count(policy.deny) == 2 with input as doc([
		resource("aws_db_instance", {"engine": "mysql", "iam_database_authentication_enabled": "false"}),
		resource("aws_rds_cluster", {"engine": "aurora-postgresql", "iam_database_authentication_enabled": false}),
	])
}

test_enabled_passes if {
	count(policy.deny) == 0 with input as doc([
		resource("aws_db_instance", {"engine": "mariadb", "iam_database_authentication_enabled": true}),
		resource("aws_rds_cluster", {"engine": "aurora-mysql", "iam_database_authentication_enabled": "true"}),
	])
}

test_unsupported_engines_not_checked if {
	count(policy.deny) == 0 with input as doc([
		resource("aws_db_instance", {"engine": "sqlserver-se"}),
		resource("aws_db_instance", {"engine": "oracle-ee"}),
		resource("aws_rds_cluster", {"engine": "aurora-mysql", "engine_mode": "serverless"}),
	])
}

test_aurora_instance_not_checked if {
	count(policy.deny) == 0 with input as doc([resource("aws_db_instance", {"engine": "aurora-postgresql"})])
}

test_unknown_values_not_reported if {
	count(policy.deny) == 0 with input as doc([
		resource("aws_db_instance", {"engine": {"__unknown__": "var.engine"}}),
		resource("aws_rds_cluster", {"engine": "aurora-postgresql", "iam_database_authentication_enabled": {"__unknown__": "var.iam_auth"}}),
		resource("aws_db_instance", {"replicate_source_db": "main"}),
	])
}

test_data_source_ignored if {
	count(policy.deny) == 0 with input as doc([object.union(resource("aws_db_instance", {"engine": "postgres"}), {"mode": "data"})])
}
