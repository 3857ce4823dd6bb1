package tollgate.cloudformation.cloudwatch_log_retention_test

import rego.v1

org := {"log_retention_days": 90}

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
	findings := data.tollgate.cloudformation.cloudwatch_log_retention.deny with input as doc with data.tollgate.organization as org
	count(findings) == 1
	some f in findings
	f.resource == "AppLogGroup"
	f.path == ["RetentionInDays"]
	contains(f.message, "forever")
}

test_retention_short_string_fails if {
	doc := log_group({"LogGroupName": "/app/api", "RetentionInDays": "7"})
	findings := data.tollgate.cloudformation.cloudwatch_log_retention.deny with input as doc with data.tollgate.organization as org
	count(findings) == 1
	some f in findings
	contains(f.message, "7 days")
}

test_retention_short_number_fails if {
	doc := log_group({"RetentionInDays": 14})
	count(data.tollgate.cloudformation.cloudwatch_log_retention.deny) == 1 with input as doc with data.tollgate.organization as org
}

test_retention_year_passes if {
	doc := log_group({"LogGroupName": "/app/api", "RetentionInDays": 365})
	count(data.tollgate.cloudformation.cloudwatch_log_retention.deny) == 0 with input as doc with data.tollgate.organization as org
}

test_retention_string_passes if {
	doc := log_group({"RetentionInDays": "90"})
	count(data.tollgate.cloudformation.cloudwatch_log_retention.deny) == 0 with input as doc with data.tollgate.organization as org
}

test_retention_unknown_passes if {
	doc := log_group({"RetentionInDays": {"__unknown__": "RetentionDays"}})
	count(data.tollgate.cloudformation.cloudwatch_log_retention.deny) == 0 with input as doc with data.tollgate.organization as org
}

test_retention_below_organization_minimum_fails if {
	doc := log_group({"RetentionInDays": "180"})
	findings := data.tollgate.cloudformation.cloudwatch_log_retention.deny with input as doc with data.tollgate.organization as {"log_retention_days": 365}
	count(findings) == 1
	some f in findings
	contains(f.message, "less than 365")
}

test_retention_above_organization_minimum_passes if {
	doc := log_group({"RetentionInDays": 30})
	count(data.tollgate.cloudformation.cloudwatch_log_retention.deny) == 0 with input as doc with data.tollgate.organization as {"log_retention_days": 14}
}

test_retention_minimum_defaults_to_90 if {
	count(data.tollgate.cloudformation.cloudwatch_log_retention.deny) == 1 with input as log_group({"RetentionInDays": 60}) with data.tollgate.organization as {}
	count(data.tollgate.cloudformation.cloudwatch_log_retention.deny) == 0 with input as log_group({"RetentionInDays": 90}) with data.tollgate.organization as {"log_retention_days": "not a number"}
}
