package tollgate.cloudformation.lambda_public_permission_test

import rego.v1

permission(props) := {
	"address": "InvokePermission",
	"type": "AWS::Lambda::Permission",
	"name": "InvokePermission",
	"attributes": object.union({
		"Action": "lambda:InvokeFunction",
		"FunctionName": {"__unknown__": "Ref ProcessorFunction", "__ref__": "ProcessorFunction"},
	}, props),
	"refs": ["ProcessorFunction"],
}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "parameters": {}, "conditions": {}, "resources": resources}

test_any_principal_fails if {
	findings := data.tollgate.cloudformation.lambda_public_permission.deny with input as doc([permission({"Principal": "*"})])
	count(findings) == 1
	some f in findings
	f.resource == "InvokePermission"
	f.path == ["Principal"]
}

test_service_principal_passes if {
	count(data.tollgate.cloudformation.lambda_public_permission.deny) == 0 with input as doc([permission({"Principal": "sns.amazonaws.com"})])
}

test_limited_any_principal_passes if {
	count(data.tollgate.cloudformation.lambda_public_permission.deny) == 0 with input as doc([
		permission({"Principal": "*", "PrincipalOrgID": "o-abc123def4"}),
		permission({"Principal": "*", "SourceAccount": {"__unknown__": "Ref AWS::AccountId"}}),
	])
}

test_unknown_principal_not_reported if {
	count(data.tollgate.cloudformation.lambda_public_permission.deny) == 0 with input as doc([permission({"Principal": {"__unknown__": "Ref InvokerPrincipal"}})])
}
