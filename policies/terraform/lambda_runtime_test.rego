package tollgate.terraform.lambda_runtime_test

import rego.v1

function(attrs) := {
	"address": "aws_lambda_function.api",
	"type": "aws_lambda_function",
	"name": "api",
	"mode": "managed",
	"attributes": object.union({"function_name": "api", "handler": "app.handler"}, attrs),
	"refs": [],
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

test_deprecated_runtime_fails if {
	findings := data.tollgate.terraform.lambda_runtime.deny with input as doc([function({"runtime": "python3.8"})])
	count(findings) == 1
	some f in findings
	f.resource == "aws_lambda_function.api"
	f.path == ["runtime"]
}

test_each_deprecated_runtime_fails if {
	every runtime in ["python2.7", "nodejs16.x", "nodejs18.x", "go1.x", "java8", "dotnetcore3.1", "ruby2.7", "provided"] {
		count(data.tollgate.terraform.lambda_runtime.deny) == 1 with input as doc([function({"runtime": runtime})])
	}
}

test_supported_runtimes_pass if {
	every runtime in ["python3.13", "nodejs22.x", "java8.al2", "java21", "provided.al2", "provided.al2023", "ruby3.4", "dotnet8"] {
		count(data.tollgate.terraform.lambda_runtime.deny) == 0 with input as doc([function({"runtime": runtime})])
	}
}

test_container_image_passes if {
	count(data.tollgate.terraform.lambda_runtime.deny) == 0 with input as doc([function({"package_type": "Image", "image_uri": "111122223333.dkr.ecr.eu-west-1.amazonaws.com/api:1.4.2"})])
}

test_unknown_runtime_not_reported if {
	count(data.tollgate.terraform.lambda_runtime.deny) == 0 with input as doc([function({"runtime": {"__unknown__": "var.runtime"}})])
}
