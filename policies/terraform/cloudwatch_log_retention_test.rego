package tollgate.terraform.cloudwatch_log_retention_test

import rego.v1

org := {"log_retention_days": 90}

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
	findings := data.tollgate.terraform.cloudwatch_log_retention.deny with input as doc with data.tollgate.organization as org
	count(findings) == 1
	some f in findings
	f.resource == "aws_cloudwatch_log_group.app"
	f.path == ["retention_in_days"]
	contains(f.message, "forever")
}

test_retention_zero_fails if {
	doc := log_group({"name": "/app/api", "retention_in_days": 0})
	count(data.tollgate.terraform.cloudwatch_log_retention.deny) == 1 with input as doc with data.tollgate.organization as org
}

test_retention_short_fails if {
	doc := log_group({"name": "/app/api", "retention_in_days": 30})
	findings := data.tollgate.terraform.cloudwatch_log_retention.deny with input as doc with data.tollgate.organization as org
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
	findings := data.tollgate.terraform.cloudwatch_log_retention.deny with input as doc with data.tollgate.organization as org
	{f.resource | some f in findings} == {"aws_cloudwatch_log_group.service[\"api\"]"}
}

test_retention_90_passes if {
	doc := log_group({"name": "/app/api", "retention_in_days": 90})
	count(data.tollgate.terraform.cloudwatch_log_retention.deny) == 0 with input as doc with data.tollgate.organization as org
}

test_retention_string_passes if {
	doc := log_group({"name": "/app/api", "retention_in_days": "365"})
	count(data.tollgate.terraform.cloudwatch_log_retention.deny) == 0 with input as doc with data.tollgate.organization as org
}

test_retention_unknown_passes if {
	doc := log_group({"name": "/app/api", "retention_in_days": {"__unknown__": "var.retention_in_days"}})
	count(data.tollgate.terraform.cloudwatch_log_retention.deny) == 0 with input as doc with data.tollgate.organization as org
}

test_retention_below_organization_minimum_fails if {
	doc := log_group({"name": "/app/api", "retention_in_days": 180})
	findings := data.tollgate.terraform.cloudwatch_log_retention.deny with input as doc with data.tollgate.organization as {"log_retention_days": 365}
	count(findings) == 1
	some f in findings
	contains(f.message, "less than 365")
}

test_retention_above_organization_minimum_passes if {
	doc := log_group({"name": "/app/api", "retention_in_days": 30})
	count(data.tollgate.terraform.cloudwatch_log_retention.deny) == 0 with input as doc with data.tollgate.organization as {"log_retention_days": 14}
}

test_retention_minimum_defaults_to_90 if {
	count(data.tollgate.terraform.cloudwatch_log_retention.deny) == 1 with input as log_group({"retention_in_days": 60}) with data.tollgate.organization as {}
	count(data.tollgate.terraform.cloudwatch_log_retention.deny) == 0 with input as log_group({"retention_in_days": 90}) with data.tollgate.organization as {"log_retention_days": "not a number"}
}
