package tollgate.terraform.docdb_log_exports_test

import rego.v1

import data.tollgate.terraform.docdb_log_exports as policy

cluster(attrs) := {"address": "aws_docdb_cluster.c", "type": "aws_docdb_cluster", "name": "c", "mode": "managed", "attributes": attrs, "refs": []}

test_no_exports_fails if {
	findings := policy.deny with input as {"kind": "terraform", "resources": [cluster({"cluster_identifier": "c"})]}
	count(findings) == 1
	some f in findings
	f.path == ["enabled_cloudwatch_logs_exports"]
}

test_profiler_only_fails if {
	count(policy.deny) == 1 with input as {"kind": "terraform", "resources": [cluster({"cluster_identifier": "c", "enabled_cloudwatch_logs_exports": ["profiler"]})]}
}

test_null_exports_fails if {
	count(policy.deny) == 1 with input as {"kind": "terraform", "resources": [cluster({"cluster_identifier": "c", "enabled_cloudwatch_logs_exports": null})]}
}

test_audit_passes if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [cluster({"cluster_identifier": "c", "enabled_cloudwatch_logs_exports": ["audit", "profiler"]})]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [
		cluster({"cluster_identifier": "c", "enabled_cloudwatch_logs_exports": {"__unknown__": "var.exports"}}),
		cluster({"cluster_identifier": "d", "enabled_cloudwatch_logs_exports": ["profiler", {"__unknown__": "var.extra"}]}),
	]}
}
