package tollgate.terraform.rds_enhanced_monitoring_test

import rego.v1

import data.tollgate.terraform.rds_enhanced_monitoring as policy

resource(type, attrs) := {
	"address": sprintf("%s.this", [type]),
	"type": type,
	"name": "this",
	"mode": "managed",
	"attributes": attrs,
	"refs": [],
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

test_missing_interval_fails if {
	findings := policy.deny with input as doc([resource("aws_db_instance", {"engine": "postgres"})])
	count(findings) == 1
	some f in findings
	f.path == ["monitoring_interval"]
}

test_zero_interval_fails if {
	count(policy.deny) == 2 with input as doc([
		resource("aws_db_instance", {"engine": "mysql", "monitoring_interval": 0}),
		resource("aws_rds_cluster_instance", {"engine": "aurora-mysql", "monitoring_interval": "0"}),
	])
}

test_interval_set_passes if {
	count(policy.deny) == 0 with input as doc([
		resource("aws_db_instance", {"engine": "postgres", "monitoring_interval": 60}),
		resource("aws_rds_cluster_instance", {"engine": "aurora-postgresql", "monitoring_interval": "15"}),
	])
}

test_unknown_interval_not_reported if {
	count(policy.deny) == 0 with input as doc([resource("aws_db_instance", {"monitoring_interval": {"__unknown__": "var.monitoring_interval"}})])
}

test_clusters_and_data_sources_ignored if {
	count(policy.deny) == 0 with input as doc([
		resource("aws_rds_cluster", {"engine": "aurora-postgresql"}),
		object.union(resource("aws_db_instance", {"engine": "postgres"}), {"mode": "data"}),
	])
}
