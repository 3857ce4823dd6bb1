package tollgate.terraform.lambda_tracing_test

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

test_no_tracing_config_fails if {
	findings := data.tollgate.terraform.lambda_tracing.deny with input as doc([function({})])
	count(findings) == 1
	some f in findings
	f.resource == "aws_lambda_function.api"
	f.path == ["tracing_config"]
}

test_pass_through_fails if {
	findings := data.tollgate.terraform.lambda_tracing.deny with input as doc([function({"tracing_config": [{"mode": "PassThrough"}]})])
	count(findings) == 1
	some f in findings
	f.path == ["tracing_config", 0, "mode"]
}

test_empty_dynamic_block_fails if {
	count(data.tollgate.terraform.lambda_tracing.deny) == 1 with input as doc([function({"tracing_config": []})])
}

test_active_passes if {
	count(data.tollgate.terraform.lambda_tracing.deny) == 0 with input as doc([function({"tracing_config": [{"mode": "Active"}]})])
}

test_unknown_mode_not_reported if {
	count(data.tollgate.terraform.lambda_tracing.deny) == 0 with input as doc([function({"tracing_config": [{"mode": {"__unknown__": "var.tracing_mode"}}]})])
}

test_unknown_dynamic_block_not_reported if {
	count(data.tollgate.terraform.lambda_tracing.deny) == 0 with input as doc([function({"tracing_config": {"__unknown__": "var.tracing"}})])
}

test_data_source_ignored if {
	fn := object.union(function({}), {"address": "data.aws_lambda_function.api", "mode": "data"})
	count(data.tollgate.terraform.lambda_tracing.deny) == 0 with input as doc([fn])
}
