package tollgate.terraform.rds_log_exports_test

import rego.v1

import data.tollgate.terraform.rds_log_exports as policy

resource(type, attrs) := {
	"address": sprintf("%s.this", [type]),
	"type": type,
	"name": "this",
	"mode": "managed",
	"attributes": attrs,
	"refs": [],
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

test_missing_fails if {
	findings := policy.deny with input as doc([resource("aws_db_instance", {"engine": "postgres"})])
	count(findings) == 1
	some f in findings
	f.path == ["enabled_cloudwatch_logs_exports"]
}

test_empty_list_and_cluster_fail if {
	count(policy.deny) == 2 with input as doc([
		resource("aws_db_instance", {"engine": "mysql", "enabled_cloudwatch_logs_exports": []}),
		resource("aws_rds_cluster", {"engine": "aurora-mysql"}),
	])
}

test_exports_pass if {
	count(policy.deny) == 0 with input as doc([
		resource("aws_db_instance", {"engine": "postgres", "enabled_cloudwatch_logs_exports": ["postgresql"]}),
		resource("aws_rds_cluster", {"engine": "aurora-mysql", "enabled_cloudwatch_logs_exports": [{"__unknown__": "var.log_type"}]}),
	])
}

test_aurora_instance_and_serverless_v1_not_checked if {
	count(policy.deny) == 0 with input as doc([
		resource("aws_db_instance", {"engine": "aurora-postgresql"}),
		resource("aws_rds_cluster", {"engine": "aurora-mysql", "engine_mode": "serverless"}),
		resource("aws_rds_cluster_instance", {"engine": "aurora-mysql"}),
	])
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as doc([resource("aws_db_instance", {"engine": "postgres", "enabled_cloudwatch_logs_exports": {"__unknown__": "var.log_exports"}})])
}
