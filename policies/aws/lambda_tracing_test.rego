package tollgate.aws.lambda_tracing_test

import rego.v1

import data.tollgate.aws.lambda_tracing as tracing

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

test_pass_through_fails if {
	findings := tracing.deny with input as doc([function("api", {"tracingConfig": {"mode": "PassThrough"}})])
	count(findings) == 1
	some f in findings
	f.resource == "arn:aws:lambda:eu-west-1:111111111111:function:api"
	f.path == ["configuration", "tracingConfig", "mode"]
	f.message == "Lambda function api in eu-west-1 sets its tracing mode to PassThrough instead of Active, so X-Ray only traces requests that arrive already sampled."
}

test_active_tracing_passes if {
	count(tracing.deny) == 0 with input as doc([function("api", {})])
}

test_missing_tracing_config_not_reported if {
	count(tracing.deny) == 0 with input as doc([
		function("a", {"tracingConfig": null}),
		function("b", {"tracingConfig": {"mode": null}}),
		function("c", {"tracingConfig": "PassThrough"}),
	])
}
