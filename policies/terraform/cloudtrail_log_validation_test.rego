package tollgate.terraform.cloudtrail_log_validation_test

import rego.v1

trail(attributes) := {
	"kind": "terraform",
	"path": ".",
	"resources": [{
		"address": "aws_cloudtrail.main",
		"type": "aws_cloudtrail",
		"name": "main",
		"mode": "managed",
		"attributes": attributes,
	}],
}

test_validation_missing_fails if {
	doc := trail({"name": "main", "s3_bucket_name": "logs"})
	findings := data.tollgate.terraform.cloudtrail_log_validation.deny with input as doc
	count(findings) == 1
	some f in findings
	f.resource == "aws_cloudtrail.main"
	f.path == ["enable_log_file_validation"]
}

test_validation_false_fails if {
	doc := trail({"name": "main", "enable_log_file_validation": false})
	count(data.tollgate.terraform.cloudtrail_log_validation.deny) == 1 with input as doc
}

test_validation_true_passes if {
	doc := trail({"name": "main", "enable_log_file_validation": true})
	count(data.tollgate.terraform.cloudtrail_log_validation.deny) == 0 with input as doc
}

test_validation_string_true_passes if {
	doc := trail({"name": "main", "enable_log_file_validation": "true"})
	count(data.tollgate.terraform.cloudtrail_log_validation.deny) == 0 with input as doc
}

test_validation_unknown_passes if {
	doc := trail({"name": "main", "enable_log_file_validation": {"__unknown__": "var.validate_logs"}})
	count(data.tollgate.terraform.cloudtrail_log_validation.deny) == 0 with input as doc
}
