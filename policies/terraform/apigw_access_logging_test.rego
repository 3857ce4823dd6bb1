package tollgate.terraform.apigw_access_logging_test

import rego.v1

import data.tollgate.terraform.apigw_access_logging as logs

stage(type, attrs) := {"address": sprintf("%s.prod", [type]), "type": type, "name": "prod", "mode": "managed", "attributes": attrs, "refs": []}

test_rest_stage_without_logs_fails if {
	findings := logs.deny with input as {"kind": "terraform", "resources": [stage("aws_api_gateway_stage", {"stage_name": "prod"})]}
	count(findings) == 1
	some f in findings
	f.path == ["access_log_settings"]
}

test_http_stage_without_logs_fails if {
	count(logs.deny) == 1 with input as {"kind": "terraform", "resources": [stage("aws_apigatewayv2_stage", {"name": "$default", "auto_deploy": true, "access_log_settings": []})]}
}

test_stages_with_logs_pass if {
	count(logs.deny) == 0 with input as {"kind": "terraform", "resources": [
		stage("aws_api_gateway_stage", {"access_log_settings": [{"destination_arn": {"__unknown__": "aws_cloudwatch_log_group.a.arn"}, "format": "$context.requestId"}]}),
		stage("aws_apigatewayv2_stage", {"access_log_settings": [{"destination_arn": "arn:aws:logs:eu-west-1:111122223333:log-group:api", "format": "$context.requestId"}]}),
	]}
}

test_unknown_not_reported if {
	count(logs.deny) == 0 with input as {"kind": "terraform", "resources": [stage("aws_api_gateway_stage", {"access_log_settings": {"__unknown__": "dynamic"}})]}
}
