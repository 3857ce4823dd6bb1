package tollgate.terraform.rds_performance_insights_kms_test

import rego.v1

import data.tollgate.terraform.rds_performance_insights_kms as policy

resource(type, attrs) := {
	"address": sprintf("%s.this", [type]),
	"type": type,
	"name": "this",
	"mode": "managed",
	"attributes": attrs,
	"refs": [],
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

key_ref := {"__unknown__": "aws_kms_key.rds.arn", "__ref__": "aws_kms_key.rds"}

test_insights_without_key_fails if {
	findings := policy.deny with input as doc([resource("aws_db_instance", {"engine": "postgres", "performance_insights_enabled": true})])
	count(findings) == 1
	some f in findings
	f.path == ["performance_insights_kms_key_id"]
}

test_every_type_and_aws_managed_alias_fail if {
	count(policy.deny) == 3 with input as doc([
		resource("aws_rds_cluster_instance", {"performance_insights_enabled": "true"}),
		resource("aws_rds_cluster", {"engine": "postgres", "performance_insights_enabled": true}),
		resource("aws_db_instance", {"performance_insights_enabled": true, "performance_insights_kms_key_id": "arn:aws:kms:eu-west-1:111122223333:alias/aws/rds"}),
	])
}

test_customer_key_passes if {
	count(policy.deny) == 0 with input as doc([
		resource("aws_db_instance", {"performance_insights_enabled": true, "performance_insights_kms_key_id": key_ref}),
		resource("aws_rds_cluster_instance", {"performance_insights_enabled": true, "performance_insights_kms_key_id": "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"}),
	])
}

test_insights_off_passes if {
	count(policy.deny) == 0 with input as doc([
		resource("aws_db_instance", {"engine": "postgres"}),
		resource("aws_rds_cluster_instance", {"performance_insights_enabled": false}),
	])
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as doc([
		resource("aws_db_instance", {"performance_insights_enabled": {"__unknown__": "var.insights"}}),
		resource("aws_rds_cluster_instance", {"performance_insights_enabled": true, "performance_insights_kms_key_id": {"__unknown__": "var.kms_key_arn"}}),
	])
}
