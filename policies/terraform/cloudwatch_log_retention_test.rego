package tollgate.terraform.cloudwatch_log_retention_test

import rego.v1

log_group(attributes) := {
	"kind": "terraform",
	"path": ".",
	"resources": [{
		"address": "aws_cloudwatch_log_group.app",
		"type": "aws_cloudwatch_log_group",
		"name": "app",
		"mode": "managed",
		"attributes": attributes,
	}],
}

test_retention_missing_fails if {
	doc := log_group({"name": "/app/api"})
	findings := data.tollgate.terraform.cloudwatch_log_retention.deny with input as doc
	count(findings) == 1
	some f in findings
	f.resource == "aws_cloudwatch_log_group.app"
	f.path == ["retention_in_days"]
	contains(f.message, "forever")
}

test_retention_zero_fails if {
	doc := log_group({"name": "/app/api", "retention_in_days": 0})
	count(data.tollgate.terraform.cloudwatch_log_retention.deny) == 1 with input as doc
}

test_retention_short_fails if {
	doc := log_group({"name": "/app/api", "retention_in_days": 30})
	findings := data.tollgate.terraform.cloudwatch_log_retention.deny with input as doc
	count(findings) == 1
	some f in findings
	contains(f.message, "30 days")
}

test_retention_for_each_instances_fail if {
	doc := {"kind": "terraform", "path": ".", "resources": [
		{
			"address": "aws_cloudwatch_log_group.service[\"api\"]",
			"type": "aws_cloudwatch_log_group",
			"name": "service",
			"mode": "managed",
			"attributes": {"name": "/app/api", "retention_in_days": 30},
		},
		{
			"address": "aws_cloudwatch_log_group.service[\"worker\"]",
			"type": "aws_cloudwatch_log_group",
			"name": "service",
			"mode": "managed",
			"attributes": {"name": "/app/worker", "retention_in_days": 365},
		},
	]}
	findings := data.tollgate.terraform.cloudwatch_log_retention.deny with input as doc
	{f.resource | some f in findings} == {"aws_cloudwatch_log_group.service[\"api\"]"}
}

test_retention_90_passes if {
	doc := log_group({"name": "/app/api", "retention_in_days": 90})
	count(data.tollgate.terraform.cloudwatch_log_retention.deny) == 0 with input as doc
}

test_retention_string_passes if {
	doc := log_group({"name": "/app/api", "retention_in_days": "365"})
	count(data.tollgate.terraform.cloudwatch_log_retention.deny) == 0 with input as doc
}

test_retention_unknown_passes if {
	doc := log_group({"name": "/app/api", "retention_in_days": {"__unknown__": "var.retention_in_days"}})
	count(data.tollgate.terraform.cloudwatch_log_retention.deny) == 0 with input as doc
}
