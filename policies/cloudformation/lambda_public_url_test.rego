package tollgate.cloudformation.lambda_public_url_test

import rego.v1

url(auth) := {
	"address": "ReportUrl",
	"type": "AWS::Lambda::Url",
	"name": "ReportUrl",
	"attributes": {
		"TargetFunctionArn": {"__unknown__": "Fn::GetAtt [\"ReportFunction\",\"Arn\"]", "__ref__": "ReportFunction"},
		"AuthType": auth,
	},
	"refs": ["ReportFunction"],
}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "parameters": {}, "conditions": {}, "resources": resources}

test_no_auth_fails if {
	findings := data.tollgate.cloudformation.lambda_public_url.deny with input as doc([url("NONE")])
	count(findings) == 1
	some f in findings
	f.resource == "ReportUrl"
	f.path == ["AuthType"]
}

test_iam_auth_passes if {
	count(data.tollgate.cloudformation.lambda_public_url.deny) == 0 with input as doc([url("AWS_IAM")])
}

test_unknown_auth_not_reported if {
	count(data.tollgate.cloudformation.lambda_public_url.deny) == 0 with input as doc([url({"__unknown__": "Fn::If [\"IsDemo\",\"NONE\",\"AWS_IAM\"]"})])
}
