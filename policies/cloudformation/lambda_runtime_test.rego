package tollgate.cloudformation.lambda_runtime_test

import rego.v1

function(props) := {
	"address": "ReportFunction",
	"type": "AWS::Lambda::Function",
	"name": "ReportFunction",
	"attributes": object.union({"Handler": "report.handler"}, props),
	"refs": [],
}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "parameters": {}, "conditions": {}, "resources": resources}

test_deprecated_runtime_fails if {
	findings := data.tollgate.cloudformation.lambda_runtime.deny with input as doc([function({"Runtime": "nodejs16.x"})])
	count(findings) == 1
	some f in findings
	f.resource == "ReportFunction"
	f.path == ["Runtime"]
}

test_java8_fails_but_java8_al2_passes if {
	count(data.tollgate.cloudformation.lambda_runtime.deny) == 1 with input as doc([function({"Runtime": "java8"})])
	count(data.tollgate.cloudformation.lambda_runtime.deny) == 0 with input as doc([function({"Runtime": "java8.al2"})])
}

test_supported_runtime_passes if {
	count(data.tollgate.cloudformation.lambda_runtime.deny) == 0 with input as doc([function({"Runtime": "python3.13"})])
}

test_image_function_passes if {
	count(data.tollgate.cloudformation.lambda_runtime.deny) == 0 with input as doc([function({"PackageType": "Image", "Code": {"ImageUri": "111122223333.dkr.ecr.eu-west-1.amazonaws.com/ocr:2.3.1"}})])
}

test_unknown_runtime_not_reported if {
	count(data.tollgate.cloudformation.lambda_runtime.deny) == 0 with input as doc([function({"Runtime": {"__unknown__": "Ref Runtime"}})])
}
