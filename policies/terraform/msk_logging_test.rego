package tollgate.terraform.msk_logging_test

import rego.v1

import data.tollgate.terraform.msk_logging as policy

cluster(attrs) := {"address": "aws_msk_cluster.k", "type": "aws_msk_cluster", "name": "k", "mode": "managed", "attributes": attrs, "refs": []}

broker_logs(destinations) := {"cluster_name": "k", "logging_info": [{"broker_logs": [destinations]}]}

test_no_logging_fails if {
	findings := policy.deny with input as {"kind": "terraform", "resources": [cluster({"cluster_name": "k"})]}
	count(findings) == 1
	some f in findings
	f.path == ["logging_info"]
}

test_all_destinations_disabled_fails if {
	count(policy.deny) == 1 with input as {"kind": "terraform", "resources": [cluster(broker_logs({
		"cloudwatch_logs": [{"enabled": false, "log_group": {"__unknown__": "aws_cloudwatch_log_group.k.name", "__ref__": "aws_cloudwatch_log_group.k"}}],
		"s3": [{"enabled": false}],
	}))]}
}

test_s3_enabled_passes if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [cluster(broker_logs({
		"cloudwatch_logs": [{"enabled": false}],
		"s3": [{"enabled": true, "bucket": "kafka-logs", "prefix": "events/"}],
	}))]}
}

test_cloudwatch_enabled_passes if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [cluster(broker_logs({"cloudwatch_logs": [{"enabled": "true", "log_group": "kafka"}]}))]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [
		cluster({"cluster_name": "k", "logging_info": {"__unknown__": "var.logging"}}),
		cluster(broker_logs({"firehose": [{"enabled": {"__unknown__": "var.firehose_logs"}}]})),
		cluster(broker_logs({"cloudwatch_logs": {"__unknown__": "local.cw"}})),
	]}
}

test_disabled_block_is_pointed_at if {
	findings := policy.deny with input as {"kind": "terraform", "resources": [cluster(broker_logs({"cloudwatch_logs": [{"enabled": false}]}))]}
	some f in findings
	f.path == ["logging_info", 0]
}
