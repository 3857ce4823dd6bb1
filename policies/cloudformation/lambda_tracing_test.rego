package tollgate.cloudformation.lambda_tracing_test

import rego.v1

function(props) := {
	"address": "ApiFunction",
	"type": "AWS::Lambda::Function",
	"name": "ApiFunction",
	"attributes": object.union({"Runtime": "python3.12", "Handler": "app.handler"}, props),
	"refs": [],
}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "parameters": {}, "conditions": {}, "resources": resources}

test_no_tracing_config_fails if {
	findings := data.tollgate.cloudformation.lambda_tracing.deny with input as doc([function({})])
	count(findings) == 1
	some f in findings
	f.resource == "ApiFunction"
	f.path == ["TracingConfig"]
}

test_pass_through_fails if {
	findings := data.tollgate.cloudformation.lambda_tracing.deny with input as doc([function({"TracingConfig": {"Mode": "PassThrough"}})])
	count(findings) == 1
	some f in findings
	f.path == ["TracingConfig", "Mode"]
}

test_mode_missing_fails if {
	count(data.tollgate.cloudformation.lambda_tracing.deny) == 1 with input as doc([function({"TracingConfig": {}})])
}

test_active_passes if {
	count(data.tollgate.cloudformation.lambda_tracing.deny) == 0 with input as doc([function({"TracingConfig": {"Mode": "Active"}})])
}

test_unknown_mode_not_reported if {
	count(data.tollgate.cloudformation.lambda_tracing.deny) == 0 with input as doc([function({"TracingConfig": {"Mode": {"__unknown__": "Fn::If [\"IsProd\",\"Active\",\"PassThrough\"]"}}})])
}

test_unknown_config_not_reported if {
	count(data.tollgate.cloudformation.lambda_tracing.deny) == 0 with input as doc([function({"TracingConfig": {"__unknown__": "Ref Tracing"}})])
}
