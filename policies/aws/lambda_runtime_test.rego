package tollgate.aws.lambda_runtime_test

import rego.v1

import data.tollgate.aws.lambda_runtime as runtime

doc(resources) := {
	"kind": "aws", "path": "aws/111111111111/eu-west-1",
	"account": "111111111111", "region": "eu-west-1", "partition": "aws",
	"collected_at": "2026-11-25T02:00:00Z",
	"resources": resources,
}

# function(name, overrides): a Lambda function as AWS Config records it.
function(name, overrides) := {
	"address": sprintf("arn:aws:lambda:eu-west-1:111111111111:function:%s", [name]),
	"type": "AWS::Lambda::Function",
	"id": name, "name": name,
	"arn": sprintf("arn:aws:lambda:eu-west-1:111111111111:function:%s", [name]),
	"account": "111111111111", "region": "eu-west-1", "tags": {},
	"configuration": object.union({
		"functionName": name,
		"functionArn": sprintf("arn:aws:lambda:eu-west-1:111111111111:function:%s", [name]),
		"runtime": "python3.13", "role": "arn:aws:iam::111111111111:role/api",
		"handler": "app.handler", "codeSize": 4096, "timeout": 10, "memorySize": 256,
		"lastModified": "2026-11-01T10:00:00.000+0000", "version": "$LATEST",
		"tracingConfig": {"mode": "Active"}, "packageType": "Zip", "architectures": ["arm64"],
	}, overrides),
	"supplementary": {}, "relationships": [],
}

test_deprecated_runtime_fails if {
	findings := runtime.deny with input as doc([function("report", {"runtime": "python3.8"}), function("web", {"runtime": "nodejs16.x"})])
	count(findings) == 2
	some f in findings
	f.resource == "arn:aws:lambda:eu-west-1:111111111111:function:report"
	f.path == ["configuration", "runtime"]
	f.message == "Lambda function report in eu-west-1 uses the deprecated runtime python3.8, which no longer receives security patches."
}

test_supported_runtimes_pass if {
	count(runtime.deny) == 0 with input as doc([
		function("a", {}),
		function("b", {"runtime": "java8.al2"}),
		function("c", {"runtime": "provided.al2023"}),
		function("d", {"runtime": "nodejs22.x"}),
	])
}

test_container_image_function_passes if {
	count(runtime.deny) == 0 with input as doc([function("img", {"runtime": null, "handler": null, "packageType": "Image"})])
}
