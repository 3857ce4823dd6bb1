package tollgate.terraform.rds_final_snapshot_test

import rego.v1

import data.tollgate.terraform.rds_final_snapshot as policy

resource(type, attrs) := {
	"address": sprintf("%s.this", [type]),
	"type": type,
	"name": "this",
	"mode": "managed",
	"attributes": attrs,
	"refs": [],
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

test_skip_final_snapshot_fails if {
	findings := policy.deny with input as doc([resource("aws_db_instance", {"engine": "postgres", "skip_final_snapshot": true})])
	count(findings) == 1
	some f in findings
	f.path == ["skip_final_snapshot"]
}

test_cluster_and_string_fail if {
	count(policy.deny) == 2 with input as doc([
		resource("aws_rds_cluster", {"engine": "aurora-postgresql", "skip_final_snapshot": true}),
		resource("aws_db_instance", {"engine": "mysql", "skip_final_snapshot": "true"}),
	])
}

test_default_and_false_pass if {
	count(policy.deny) == 0 with input as doc([
		resource("aws_db_instance", {"engine": "postgres", "final_snapshot_identifier": "app-final"}),
		resource("aws_rds_cluster", {"engine": "aurora-mysql", "skip_final_snapshot": false}),
	])
}

test_replicas_and_aurora_instances_not_checked if {
	count(policy.deny) == 0 with input as doc([
		resource("aws_db_instance", {"replicate_source_db": {"__unknown__": "aws_db_instance.main.identifier", "__ref__": "aws_db_instance.main"}, "skip_final_snapshot": true}),
		resource("aws_db_instance", {"engine": "aurora-postgresql", "skip_final_snapshot": true}),
	])
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as doc([resource("aws_db_instance", {"engine": "postgres", "skip_final_snapshot": {"__unknown__": "var.ephemeral"}})])
}
