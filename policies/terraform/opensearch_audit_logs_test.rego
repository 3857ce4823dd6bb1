package tollgate.terraform.opensearch_audit_logs_test

import rego.v1

import data.tollgate.terraform.opensearch_audit_logs as policy

domain(type, attrs) := {
	"address": sprintf("%s.search", [type]),
	"type": type,
	"name": "search",
	"mode": "managed",
	"attributes": object.union({"domain_name": "search"}, attrs),
	"refs": [],
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

group := {"__unknown__": "aws_cloudwatch_log_group.audit.arn", "__ref__": "aws_cloudwatch_log_group.audit"}

test_no_log_publishing_fails if {
	findings := policy.deny with input as doc([domain("aws_opensearch_domain", {})])
	count(findings) == 1
	some f in findings
	f.path == ["log_publishing_options"]
}

test_other_logs_only_fail if {
	count(policy.deny) == 1 with input as doc([domain("aws_opensearch_domain", {"log_publishing_options": [
		{"log_type": "ES_APPLICATION_LOGS", "cloudwatch_log_group_arn": group},
		{"log_type": "SEARCH_SLOW_LOGS", "cloudwatch_log_group_arn": group},
	]})])
}

test_audit_logs_disabled_fail if {
	count(policy.deny) == 1 with input as doc([domain("aws_elasticsearch_domain", {"log_publishing_options": [{"log_type": "AUDIT_LOGS", "cloudwatch_log_group_arn": group, "enabled": false}]})])
}

test_audit_logs_pass if {
	count(policy.deny) == 0 with input as doc([
		domain("aws_opensearch_domain", {"log_publishing_options": [
			{"log_type": "ES_APPLICATION_LOGS", "cloudwatch_log_group_arn": group},
			{"log_type": "AUDIT_LOGS", "cloudwatch_log_group_arn": group},
		]}),
		domain("aws_elasticsearch_domain", {"log_publishing_options": [{"log_type": "AUDIT_LOGS", "cloudwatch_log_group_arn": group, "enabled": "true"}]}),
	])
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as doc([
		domain("aws_opensearch_domain", {"log_publishing_options": {"__unknown__": "var.log_types"}}),
		domain("aws_elasticsearch_domain", {"log_publishing_options": [{"log_type": {"__unknown__": "each.value"}, "cloudwatch_log_group_arn": group}]}),
	])
}
