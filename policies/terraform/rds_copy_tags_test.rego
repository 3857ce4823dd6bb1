package tollgate.terraform.rds_copy_tags_test

import rego.v1

import data.tollgate.terraform.rds_copy_tags as policy

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
	f.path == ["copy_tags_to_snapshot"]
}

test_false_and_cluster_fail if {
	count(policy.deny) == 2 with input as doc([
		resource("aws_db_instance", {"engine": "mysql", "copy_tags_to_snapshot": "false"}),
		resource("aws_rds_cluster", {"engine": "aurora-mysql"}),
	])
}

test_enabled_passes if {
	count(policy.deny) == 0 with input as doc([
		resource("aws_db_instance", {"engine": "postgres", "copy_tags_to_snapshot": true}),
		resource("aws_rds_cluster", {"engine": "aurora-postgresql", "copy_tags_to_snapshot": "true"}),
	])
}

test_aurora_instances_and_replicas_not_checked if {
	count(policy.deny) == 0 with input as doc([
		resource("aws_db_instance", {"engine": "aurora-postgresql"}),
		resource("aws_db_instance", {"replicate_source_db": {"__unknown__": "aws_db_instance.main.identifier", "__ref__": "aws_db_instance.main"}}),
		resource("aws_rds_cluster_instance", {"engine": "aurora-postgresql"}),
	])
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as doc([resource("aws_db_instance", {"engine": "postgres", "copy_tags_to_snapshot": {"__unknown__": "var.copy_tags"}})])
}
