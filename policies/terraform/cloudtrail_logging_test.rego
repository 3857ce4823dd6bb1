package tollgate.terraform.cloudtrail_logging_test

import rego.v1

import data.tollgate.terraform.cloudtrail_logging as rule

trail(attrs) := {"kind": "terraform", "resources": [{"address": "aws_cloudtrail.main", "type": "aws_cloudtrail", "name": "main", "mode": "managed", "attributes": attrs, "refs": []}]}

test_logging_off_fails if {
	findings := rule.deny with input as trail({"name": "main", "enable_logging": false})
	count(findings) == 1
	some f in findings
	f.path == ["enable_logging"]
}

test_logging_off_string_fails if {
	count(rule.deny) == 1 with input as trail({"name": "main", "enable_logging": "false"})
}

test_default_logging_passes if {
	count(rule.deny) == 0 with input as trail({"name": "main", "s3_bucket_name": "trail"})
}

test_unknown_logging_not_reported if {
	count(rule.deny) == 0 with input as trail({"name": "main", "enable_logging": {"__unknown__": "var.enable_logging"}})
}
