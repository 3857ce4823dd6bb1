package tollgate.terraform.apigw_tracing_test

import rego.v1

import data.tollgate.terraform.apigw_tracing as tracing

stage(type, attrs) := {"address": sprintf("%s.prod", [type]), "type": type, "name": "prod", "mode": "managed", "attributes": attrs, "refs": []}

test_missing_tracing_fails if {
	findings := tracing.deny with input as {"kind": "terraform", "resources": [stage("aws_api_gateway_stage", {"stage_name": "prod"})]}
	count(findings) == 1
	some f in findings
	f.path == ["xray_tracing_enabled"]
}

test_tracing_false_fails if {
	count(tracing.deny) == 1 with input as {"kind": "terraform", "resources": [stage("aws_api_gateway_stage", {"xray_tracing_enabled": false})]}
}

test_tracing_on_and_http_api_pass if {
	count(tracing.deny) == 0 with input as {"kind": "terraform", "resources": [
		stage("aws_api_gateway_stage", {"xray_tracing_enabled": true}),
		stage("aws_apigatewayv2_stage", {"name": "$default"}),
	]}
}

test_unknown_not_reported if {
	count(tracing.deny) == 0 with input as {"kind": "terraform", "resources": [stage("aws_api_gateway_stage", {"xray_tracing_enabled": {"__unknown__": "var.tracing"}})]}
}
