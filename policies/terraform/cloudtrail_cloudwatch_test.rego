package tollgate.terraform.cloudtrail_cloudwatch_test

import rego.v1

import data.tollgate.terraform.cloudtrail_cloudwatch as rule

trail(attrs) := {"kind": "terraform", "resources": [{"address": "aws_cloudtrail.main", "type": "aws_cloudtrail", "name": "main", "mode": "managed", "attributes": attrs, "refs": []}]}

test_no_log_group_fails if {
	findings := rule.deny with input as trail({"name": "main", "s3_bucket_name": "trail"})
	count(findings) == 1
	some f in findings
	f.path == ["cloud_watch_logs_group_arn"]
}

test_empty_log_group_fails if {
	count(rule.deny) == 1 with input as trail({"name": "main", "s3_bucket_name": "trail", "cloud_watch_logs_group_arn": ""})
}

test_log_group_reference_passes if {
	count(rule.deny) == 0 with input as trail({
		"name": "main",
		"s3_bucket_name": "trail",
		"cloud_watch_logs_group_arn": {"__unknown__": "\"${aws_cloudwatch_log_group.trail.arn}:*\""},
		"cloud_watch_logs_role_arn": {"__unknown__": "aws_iam_role.trail.arn", "__ref__": "aws_iam_role.trail"},
	})
}

test_literal_log_group_passes if {
	count(rule.deny) == 0 with input as trail({"name": "main", "s3_bucket_name": "trail", "cloud_watch_logs_group_arn": "arn:aws:logs:eu-west-1:123456789012:log-group:trail:*"})
}
