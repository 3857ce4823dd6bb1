package tollgate.terraform.lambda_public_permission_test

import rego.v1

permission(attrs) := {
	"address": "aws_lambda_permission.invoke",
	"type": "aws_lambda_permission",
	"name": "invoke",
	"mode": "managed",
	"attributes": object.union({
		"statement_id": "AllowInvoke",
		"action": "lambda:InvokeFunction",
		"function_name": {"__unknown__": "aws_lambda_function.api.function_name", "__ref__": "aws_lambda_function.api"},
	}, attrs),
	"refs": ["aws_lambda_function.api"],
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

test_any_principal_fails if {
	findings := data.tollgate.terraform.lambda_public_permission.deny with input as doc([permission({"principal": "*"})])
	count(findings) == 1
	some f in findings
	f.resource == "aws_lambda_permission.invoke"
	f.path == ["principal"]
}

test_public_function_url_permission_fails if {
	count(data.tollgate.terraform.lambda_public_permission.deny) == 1 with input as doc([permission({
		"action": "lambda:InvokeFunctionUrl",
		"principal": "*",
		"function_url_auth_type": "NONE",
	})])
}

test_service_principal_passes if {
	count(data.tollgate.terraform.lambda_public_permission.deny) == 0 with input as doc([permission({"principal": "s3.amazonaws.com"})])
}

test_limited_any_principal_passes if {
	count(data.tollgate.terraform.lambda_public_permission.deny) == 0 with input as doc([
		permission({"principal": "*", "principal_org_id": "o-abc123def4"}),
		permission({"principal": "*", "source_account": "111122223333"}),
	])
}

test_unknown_limits_not_reported if {
	count(data.tollgate.terraform.lambda_public_permission.deny) == 0 with input as doc([
		permission({"principal": "*", "source_arn": {"__unknown__": "var.source_arn"}}),
		permission({"principal": {"__unknown__": "var.principal"}}),
	])
}
