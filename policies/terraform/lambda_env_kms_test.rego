package tollgate.terraform.lambda_env_kms_test

import rego.v1

function(attrs) := {
	"address": "aws_lambda_function.api",
	"type": "aws_lambda_function",
	"name": "api",
	"mode": "managed",
	"attributes": object.union({"function_name": "api", "runtime": "python3.12", "handler": "app.handler"}, attrs),
	"refs": [],
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

test_variables_without_key_fail if {
	findings := data.tollgate.terraform.lambda_env_kms.deny with input as doc([function({"environment": [{"variables": {"TABLE": "orders"}}]})])
	count(findings) == 1
	some f in findings
	f.resource == "aws_lambda_function.api"
	f.path == ["kms_key_arn"]
}

test_empty_key_fails if {
	count(data.tollgate.terraform.lambda_env_kms.deny) == 1 with input as doc([function({
		"environment": [{"variables": {"TABLE": {"__unknown__": "aws_dynamodb_table.t.name"}}}],
		"kms_key_arn": "",
	})])
}

test_key_passes if {
	count(data.tollgate.terraform.lambda_env_kms.deny) == 0 with input as doc([function({
		"environment": [{"variables": {"TABLE": "orders"}}],
		"kms_key_arn": {"__unknown__": "aws_kms_key.lambda.arn", "__ref__": "aws_kms_key.lambda"},
	})])
}

test_no_environment_passes if {
	count(data.tollgate.terraform.lambda_env_kms.deny) == 0 with input as doc([function({})])
}

test_empty_variables_pass if {
	count(data.tollgate.terraform.lambda_env_kms.deny) == 0 with input as doc([function({"environment": [{"variables": {}}]})])
}

test_unknown_variables_not_reported if {
	count(data.tollgate.terraform.lambda_env_kms.deny) == 0 with input as doc([function({"environment": [{"variables": {"__unknown__": "var.environment"}}]})])
}

test_unknown_environment_not_reported if {
	count(data.tollgate.terraform.lambda_env_kms.deny) == 0 with input as doc([function({"environment": {"__unknown__": "var.environment"}})])
}
