package tollgate.cloudformation.apigw_access_logging_test

import rego.v1

import data.tollgate.cloudformation.apigw_access_logging as logs

res(type, props) := {"address": "Prod", "type": type, "name": "Prod", "attributes": props, "refs": []}

destination := {"DestinationArn": {"__unknown__": "Fn::GetAtt [\"Logs\",\"Arn\"]", "__ref__": "Logs"}, "Format": "$context.requestId"}

test_rest_stage_without_logs_fails if {
	findings := logs.deny with input as {"kind": "cloudformation", "resources": [res("AWS::ApiGateway::Stage", {"StageName": "prod"})]}
	count(findings) == 1
	some f in findings
	f.path == ["AccessLogSetting"]
}

test_http_stage_without_destination_fails if {
	findings := logs.deny with input as {"kind": "cloudformation", "resources": [res("AWS::ApiGatewayV2::Stage", {"StageName": "$default", "AccessLogSettings": {"Format": "$context.requestId"}})]}
	count(findings) == 1
	some f in findings
	f.path == ["AccessLogSettings", "DestinationArn"]
}

test_deployment_stage_without_logs_fails if {
	findings := logs.deny with input as {"kind": "cloudformation", "resources": [res("AWS::ApiGateway::Deployment", {"RestApiId": "x", "StageName": "prod", "StageDescription": {"TracingEnabled": true}})]}
	count(findings) == 1
	some f in findings
	f.path == ["StageDescription", "AccessLogSetting"]
}

test_logged_stages_pass if {
	count(logs.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		res("AWS::ApiGateway::Stage", {"AccessLogSetting": destination}),
		res("AWS::ApiGatewayV2::Stage", {"AccessLogSettings": destination}),
		res("AWS::ApiGateway::Deployment", {"StageName": "prod", "StageDescription": {"AccessLogSetting": destination}}),
		res("AWS::ApiGateway::Deployment", {"RestApiId": "x"}),
	]}
}

test_unknown_not_reported if {
	count(logs.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		res("AWS::ApiGateway::Stage", {"AccessLogSetting": {"__unknown__": "Fn::If"}}),
		res("AWS::ApiGateway::Stage", {"AccessLogSetting": {"DestinationArn": {"__unknown__": "Ref LogArn"}}}),
		res("AWS::ApiGateway::Deployment", {"StageName": "prod", "StageDescription": {"__unknown__": "Fn::If"}}),
	]}
}
