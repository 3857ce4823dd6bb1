package tollgate.cloudformation.cloudwatch_log_retention_test

import rego.v1

log_group(properties) := {
	"kind": "cloudformation",
	"path": "template.yaml",
	"parameters": {},
	"conditions": {},
	"resources": [{
		"address": "AppLogGroup",
		"type": "AWS::Logs::LogGroup",
		"name": "AppLogGroup",
		"attributes": properties,
	}],
}

test_retention_missing_fails if {
	doc := log_group({"LogGroupName": "/app/api"})
	findings := data.tollgate.cloudformation.cloudwatch_log_retention.deny with input as doc
	count(findings) == 1
	some f in findings
	f.resource == "AppLogGroup"
	f.path == ["RetentionInDays"]
	contains(f.message, "forever")
}

test_retention_short_string_fails if {
	doc := log_group({"LogGroupName": "/app/api", "RetentionInDays": "7"})
	findings := data.tollgate.cloudformation.cloudwatch_log_retention.deny with input as doc
	count(findings) == 1
	some f in findings
	contains(f.message, "7 days")
}

test_retention_short_number_fails if {
	doc := log_group({"RetentionInDays": 14})
	count(data.tollgate.cloudformation.cloudwatch_log_retention.deny) == 1 with input as doc
}

test_retention_year_passes if {
	doc := log_group({"LogGroupName": "/app/api", "RetentionInDays": 365})
	count(data.tollgate.cloudformation.cloudwatch_log_retention.deny) == 0 with input as doc
}

test_retention_string_passes if {
	doc := log_group({"RetentionInDays": "90"})
	count(data.tollgate.cloudformation.cloudwatch_log_retention.deny) == 0 with input as doc
}

test_retention_unknown_passes if {
	doc := log_group({"RetentionInDays": {"__unknown__": "RetentionDays"}})
	count(data.tollgate.cloudformation.cloudwatch_log_retention.deny) == 0 with input as doc
}
