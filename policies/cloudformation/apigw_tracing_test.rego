package tollgate.cloudformation.apigw_tracing_test

import rego.v1

import data.tollgate.cloudformation.apigw_tracing as tracing

res(type, props) := {"address": "Prod", "type": type, "name": "Prod", "attributes": props, "refs": []}

test_stage_without_tracing_fails if {
	findings := tracing.deny with input as {"kind": "cloudformation", "resources": [res("AWS::ApiGateway::Stage", {"StageName": "prod"})]}
	count(findings) == 1
	some f in findings
	f.path == ["TracingEnabled"]
}

test_deployment_stage_without_tracing_fails if {
	findings := tracing.deny with input as {"kind": "cloudformation", "resources": [res("AWS::ApiGateway::Deployment", {"StageName": "prod"})]}
	count(findings) == 1
	some f in findings
	f.path == ["StageDescription", "TracingEnabled"]
}

test_tracing_passes if {
	count(tracing.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		res("AWS::ApiGateway::Stage", {"TracingEnabled": "true"}),
		res("AWS::ApiGateway::Deployment", {"StageName": "prod", "StageDescription": {"TracingEnabled": true}}),
		res("AWS::ApiGateway::Deployment", {"RestApiId": "x"}),
		res("AWS::ApiGatewayV2::Stage", {"StageName": "$default"}),
	]}
}

test_unknown_not_reported if {
	count(tracing.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		res("AWS::ApiGateway::Stage", {"TracingEnabled": {"__unknown__": "Fn::If"}}),
		res("AWS::ApiGateway::Stage", {"__unknown__": "Fn::If"}),
		res("AWS::ApiGateway::Deployment", {"StageName": "prod", "StageDescription": {"__unknown__": "Fn::If"}}),
	]}
}
