package tollgate.terraform.lambda_public_url_test

import rego.v1

url(auth) := {
	"address": "aws_lambda_function_url.api",
	"type": "aws_lambda_function_url",
	"name": "api",
	"mode": "managed",
	"attributes": {
		"function_name": {"__unknown__": "aws_lambda_function.api.function_name", "__ref__": "aws_lambda_function.api"},
		"authorization_type": auth,
	},
	"refs": ["aws_lambda_function.api"],
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

test_no_auth_fails if {
	findings := data.tollgate.terraform.lambda_public_url.deny with input as doc([url("NONE")])
	count(findings) == 1
	some f in findings
	f.resource == "aws_lambda_function_url.api"
	f.path == ["authorization_type"]
}

test_iam_auth_passes if {
	count(data.tollgate.terraform.lambda_public_url.deny) == 0 with input as doc([url("AWS_IAM")])
}

test_unknown_auth_not_reported if {
	count(data.tollgate.terraform.lambda_public_url.deny) == 0 with input as doc([url({"__unknown__": "var.public ? \"NONE\" : \"AWS_IAM\""})])
}
