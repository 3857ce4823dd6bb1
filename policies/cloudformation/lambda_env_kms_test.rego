package tollgate.cloudformation.lambda_env_kms_test

import rego.v1

function(props) := {
	"address": "ApiFunction",
	"type": "AWS::Lambda::Function",
	"name": "ApiFunction",
	"attributes": object.union({"Runtime": "python3.12", "Handler": "app.handler"}, props),
	"refs": [],
}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "parameters": {}, "conditions": {}, "resources": resources}

test_variables_without_key_fail if {
	findings := data.tollgate.cloudformation.lambda_env_kms.deny with input as doc([function({"Environment": {"Variables": {"TABLE_NAME": {"__unknown__": "Ref OrdersTable", "__ref__": "OrdersTable"}}}})])
	count(findings) == 1
	some f in findings
	f.resource == "ApiFunction"
	f.path == ["KmsKeyArn"]
}

test_key_passes if {
	count(data.tollgate.cloudformation.lambda_env_kms.deny) == 0 with input as doc([function({
		"Environment": {"Variables": {"TABLE_NAME": "orders"}},
		"KmsKeyArn": {"__unknown__": "Fn::GetAtt [\"LambdaKey\",\"Arn\"]", "__ref__": "LambdaKey"},
	})])
}

test_no_variables_pass if {
	count(data.tollgate.cloudformation.lambda_env_kms.deny) == 0 with input as doc([
		function({}),
		function({"Environment": {}}),
		function({"Environment": {"Variables": {}}}),
	])
}

test_unknown_variables_not_reported if {
	count(data.tollgate.cloudformation.lambda_env_kms.deny) == 0 with input as doc([function({"Environment": {"__unknown__": "Fn::If [\"HasEnv\",{},{}]"}})])
}
