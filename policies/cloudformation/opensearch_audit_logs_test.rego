package tollgate.cloudformation.opensearch_audit_logs_test

import rego.v1

import data.tollgate.cloudformation.opensearch_audit_logs as policy

domain(id, type, props) := {"address": id, "type": type, "name": id, "attributes": props, "refs": []}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "resources": resources, "parameters": {}, "conditions": {}}

group := {"__unknown__": "Fn::GetAtt [\"AuditLogs\",\"Arn\"]", "__ref__": "AuditLogs"}

test_no_log_publishing_fails if {
	findings := policy.deny with input as doc([domain("Search", "AWS::OpenSearchService::Domain", {})])
	count(findings) == 1
	some f in findings
	f.path == ["LogPublishingOptions"]
}

test_other_logs_only_fail if {
	count(policy.deny) == 1 with input as doc([domain("Search", "AWS::OpenSearchService::Domain", {"LogPublishingOptions": {"ES_APPLICATION_LOGS": {"CloudWatchLogsLogGroupArn": group, "Enabled": true}}})])
}

test_audit_logs_disabled_fail if {
	findings := policy.deny with input as doc([domain("Legacy", "AWS::Elasticsearch::Domain", {"LogPublishingOptions": {"AUDIT_LOGS": {"CloudWatchLogsLogGroupArn": group, "Enabled": "false"}}})])
	count(findings) == 1
	some f in findings
	f.path == ["LogPublishingOptions", "AUDIT_LOGS", "Enabled"]
}

test_audit_logs_pass if {
	count(policy.deny) == 0 with input as doc([
		domain("Search", "AWS::OpenSearchService::Domain", {"LogPublishingOptions": {"AUDIT_LOGS": {"CloudWatchLogsLogGroupArn": group, "Enabled": true}}}),
		domain("Legacy", "AWS::Elasticsearch::Domain", {"LogPublishingOptions": {"AUDIT_LOGS": {"CloudWatchLogsLogGroupArn": group, "Enabled": "true"}}}),
	])
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as doc([
		domain("Search", "AWS::OpenSearchService::Domain", {"LogPublishingOptions": {"__unknown__": "Fn::If IsProd"}}),
		domain("Other", "AWS::OpenSearchService::Domain", {"LogPublishingOptions": {"AUDIT_LOGS": {"__unknown__": "Fn::If IsProd"}}}),
		domain("Third", "AWS::OpenSearchService::Domain", {"LogPublishingOptions": {"AUDIT_LOGS": {"CloudWatchLogsLogGroupArn": group, "Enabled": {"__unknown__": "Ref Audit"}}}}),
	])
}
