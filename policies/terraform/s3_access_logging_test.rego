package tollgate.terraform.s3_access_logging_test

import rego.v1

import data.tollgate.terraform.s3_access_logging

bucket(name, attrs) := {
	"address": sprintf("aws_s3_bucket.%s", [name]),
	"type": "aws_s3_bucket",
	"name": name,
	"mode": "managed",
	"attributes": object.union({"bucket": name}, attrs),
	"refs": [],
}

ref(name) := {"__unknown__": sprintf("aws_s3_bucket.%s.id", [name]), "__ref__": sprintf("aws_s3_bucket.%s", [name])}

logging(target) := {
	"address": "aws_s3_bucket_logging.data",
	"type": "aws_s3_bucket_logging",
	"name": "data",
	"mode": "managed",
	"attributes": {"bucket": ref("data"), "target_bucket": target, "target_prefix": "data/"},
	"refs": ["aws_s3_bucket.data", "aws_s3_bucket.logs"],
}

test_bucket_without_logging_fails if {
	findings := s3_access_logging.deny with input as {"kind": "terraform", "resources": [bucket("data", {})]}
	count(findings) == 1
	some f in findings
	f.resource == "aws_s3_bucket.data"
}

test_logging_resource_and_log_target_pass if {
	count(s3_access_logging.deny) == 0 with input as {"kind": "terraform", "resources": [
		bucket("data", {}),
		bucket("logs", {}),
		logging(ref("logs")),
	]}
}

test_inline_logging_passes if {
	count(s3_access_logging.deny) == 0 with input as {"kind": "terraform", "resources": [
		bucket("data", {"logging": [{"target_bucket": "logs", "target_prefix": "data/"}]}),
		bucket("logs", {}),
	]}
}

test_unknown_logging_block_not_reported if {
	count(s3_access_logging.deny) == 0 with input as {"kind": "terraform", "resources": [bucket("data", {"logging": {"__unknown__": "var.logging"}})]}
}

test_external_target_still_reports_other_bucket if {
	count(s3_access_logging.deny) == 1 with input as {"kind": "terraform", "resources": [
		bucket("data", {}),
		bucket("other", {}),
		logging({"__unknown__": "var.log_bucket"}),
	]}
}
