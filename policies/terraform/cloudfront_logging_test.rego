package tollgate.terraform.cloudfront_logging_test

import rego.v1

import data.tollgate.terraform.cloudfront_logging as logging

dist(attrs) := {"address": "aws_cloudfront_distribution.site", "type": "aws_cloudfront_distribution", "name": "site", "mode": "managed", "attributes": attrs, "refs": []}

source(arn, refs) := {"address": "aws_cloudwatch_log_delivery_source.cdn", "type": "aws_cloudwatch_log_delivery_source", "name": "cdn", "mode": "managed", "attributes": {"name": "cdn", "log_type": "ACCESS_LOGS", "resource_arn": arn}, "refs": refs}

test_no_logging_fails if {
	findings := logging.deny with input as {"kind": "terraform", "resources": [dist({"enabled": true})]}
	count(findings) == 1
	some f in findings
	f.path == ["logging_config"]
}

test_delivery_source_for_other_distribution_fails if {
	count(logging.deny) == 1 with input as {"kind": "terraform", "resources": [
		dist({"enabled": true}),
		source({"__unknown__": "aws_cloudfront_distribution.other.arn", "__ref__": "aws_cloudfront_distribution.other"}, ["aws_cloudfront_distribution.other"]),
	]}
}

test_logging_config_passes if {
	count(logging.deny) == 0 with input as {"kind": "terraform", "resources": [dist({"logging_config": [{"bucket": "logs.s3.amazonaws.com"}]})]}
}

test_delivery_source_passes if {
	count(logging.deny) == 0 with input as {"kind": "terraform", "resources": [
		dist({"enabled": true}),
		source({"__unknown__": "aws_cloudfront_distribution.site.arn", "__ref__": "aws_cloudfront_distribution.site"}, ["aws_cloudfront_distribution.site"]),
	]}
}

test_unknown_not_reported if {
	count(logging.deny) == 0 with input as {"kind": "terraform", "resources": [
		dist({"logging_config": {"__unknown__": "dynamic"}}),
		dist({"enabled": true, "comment": "x"}),
		source({"__unknown__": "var.distribution_arn"}, []),
	]}
}
