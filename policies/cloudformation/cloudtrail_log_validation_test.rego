package tollgate.cloudformation.cloudtrail_log_validation_test

import rego.v1

trail(properties) := {
	"kind": "cloudformation",
	"path": "template.yaml",
	"parameters": {},
	"conditions": {},
	"resources": [{
		"address": "Trail",
		"type": "AWS::CloudTrail::Trail",
		"name": "Trail",
		"attributes": properties,
	}],
}

test_validation_missing_fails if {
	doc := trail({"IsLogging": true, "S3BucketName": "logs"})
	findings := data.tollgate.cloudformation.cloudtrail_log_validation.deny with input as doc
	count(findings) == 1
	some f in findings
	f.resource == "Trail"
	f.path == ["EnableLogFileValidation"]
}

test_validation_string_false_fails if {
	doc := trail({"IsLogging": true, "EnableLogFileValidation": "false"})
	count(data.tollgate.cloudformation.cloudtrail_log_validation.deny) == 1 with input as doc
}

test_validation_true_passes if {
	doc := trail({"IsLogging": true, "EnableLogFileValidation": true})
	count(data.tollgate.cloudformation.cloudtrail_log_validation.deny) == 0 with input as doc
}

test_validation_string_true_passes if {
	doc := trail({"IsLogging": true, "EnableLogFileValidation": "true"})
	count(data.tollgate.cloudformation.cloudtrail_log_validation.deny) == 0 with input as doc
}

test_validation_unknown_passes if {
	doc := trail({"IsLogging": true, "EnableLogFileValidation": {"__unknown__": "ValidateLogs"}})
	count(data.tollgate.cloudformation.cloudtrail_log_validation.deny) == 0 with input as doc
}
