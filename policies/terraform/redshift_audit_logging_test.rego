package tollgate.terraform.redshift_audit_logging_test

import rego.v1

import data.tollgate.terraform.redshift_audit_logging as policy

cluster(address, attrs) := {"address": address, "type": "aws_redshift_cluster", "name": "w", "mode": "managed", "attributes": attrs, "refs": []}

logging(attrs, refs) := {"address": "aws_redshift_logging.w", "type": "aws_redshift_logging", "name": "w", "mode": "managed", "attributes": attrs, "refs": refs}

test_no_logging_fails if {
	findings := policy.deny with input as {"kind": "terraform", "resources": [cluster("aws_redshift_cluster.w", {"cluster_identifier": "w"})]}
	count(findings) == 1
	some f in findings
	f.path == ["logging"]
}

test_logging_block_disabled_fails if {
	findings := policy.deny with input as {"kind": "terraform", "resources": [cluster("aws_redshift_cluster.w", {"cluster_identifier": "w", "logging": [{"enable": false}]})]}
	count(findings) == 1
	some f in findings
	f.path == ["logging", 0, "enable"]
}

test_logging_for_other_cluster_fails if {
	count(policy.deny) == 1 with input as {"kind": "terraform", "resources": [
		cluster("aws_redshift_cluster.a", {"cluster_identifier": "a"}),
		cluster("aws_redshift_cluster.b", {"cluster_identifier": "b"}),
		logging({"cluster_identifier": {"__unknown__": "aws_redshift_cluster.a.id", "__ref__": "aws_redshift_cluster.a"}, "log_destination_type": "cloudwatch"}, ["aws_redshift_cluster.a"]),
	]}
}

test_logging_block_enabled_passes if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [cluster("aws_redshift_cluster.w", {"cluster_identifier": "w", "logging": [{"enable": true, "bucket_name": "audit"}]})]}
}

test_logging_resource_by_ref_passes if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [
		cluster("aws_redshift_cluster.w[0]", {"cluster_identifier": "w-0"}),
		logging({"cluster_identifier": {"__unknown__": "aws_redshift_cluster.w[0].id", "__ref__": "aws_redshift_cluster.w"}}, ["aws_redshift_cluster.w"]),
	]}
}

test_logging_resource_by_name_passes if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [
		cluster("aws_redshift_cluster.w", {"cluster_identifier": "warehouse"}),
		logging({"cluster_identifier": "warehouse", "log_destination_type": "s3", "bucket_name": "audit"}, []),
	]}
}

test_unknowns_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [
		cluster("aws_redshift_cluster.a", {"cluster_identifier": "a", "logging": {"__unknown__": "var.logging"}}),
		cluster("aws_redshift_cluster.b", {"cluster_identifier": "b", "logging": [{"enable": {"__unknown__": "var.enable"}}]}),
		cluster("aws_redshift_cluster.c", {"cluster_identifier": "c"}),
		logging({"cluster_identifier": {"__unknown__": "var.cluster"}}, []),
	]}
}
