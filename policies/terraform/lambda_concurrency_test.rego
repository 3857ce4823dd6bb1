package tollgate.terraform.lambda_concurrency_test

import rego.v1

function(attrs) := {
	"address": "aws_lambda_function.worker",
	"type": "aws_lambda_function",
	"name": "worker",
	"mode": "managed",
	"attributes": object.union({"function_name": "worker", "runtime": "python3.12", "handler": "app.handler"}, attrs),
	"refs": [],
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

test_no_reserved_concurrency_fails if {
	findings := data.tollgate.terraform.lambda_concurrency.deny with input as doc([function({})])
	count(findings) == 1
	some f in findings
	f.resource == "aws_lambda_function.worker"
	f.path == ["reserved_concurrent_executions"]
}

test_unreserved_fails if {
	count(data.tollgate.terraform.lambda_concurrency.deny) == 1 with input as doc([function({"reserved_concurrent_executions": -1})])
}

test_reserved_passes if {
	count(data.tollgate.terraform.lambda_concurrency.deny) == 0 with input as doc([
		function({"reserved_concurrent_executions": 50}),
		object.union(function({"reserved_concurrent_executions": 0}), {"address": "aws_lambda_function.paused"}),
	])
}

test_unknown_not_reported if {
	count(data.tollgate.terraform.lambda_concurrency.deny) == 0 with input as doc([function({"reserved_concurrent_executions": {"__unknown__": "var.concurrency"}})])
}
