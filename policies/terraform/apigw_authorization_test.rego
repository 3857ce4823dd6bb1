package tollgate.terraform.apigw_authorization_test

import rego.v1

import data.tollgate.terraform.apigw_authorization as auth

api_ref := {"__unknown__": "aws_api_gateway_rest_api.api.id", "__ref__": "aws_api_gateway_rest_api.api"}

method(method_, attrs) := {"address": sprintf("aws_api_gateway_method.%s", [lower(method_)]), "type": "aws_api_gateway_method", "name": "m", "mode": "managed", "attributes": object.union({"rest_api_id": api_ref, "http_method": method_}, attrs), "refs": ["aws_api_gateway_rest_api.api"]}

api(types) := {"address": "aws_api_gateway_rest_api.api", "type": "aws_api_gateway_rest_api", "name": "api", "mode": "managed", "attributes": {"name": "api", "endpoint_configuration": [{"types": types}]}, "refs": []}

test_open_method_fails if {
	findings := auth.deny with input as {"kind": "terraform", "resources": [api(["REGIONAL"]), method("GET", {"authorization": "NONE"})]}
	count(findings) == 1
	some f in findings
	f.path == ["authorization"]
}

test_open_method_without_api_fails if {
	count(auth.deny) == 1 with input as {"kind": "terraform", "resources": [method("ANY", {"authorization": "none", "api_key_required": false})]}
}

test_authorized_key_preflight_and_private_pass if {
	count(auth.deny) == 0 with input as {"kind": "terraform", "resources": [
		method("GET", {"authorization": "AWS_IAM"}),
		method("POST", {"authorization": "NONE", "api_key_required": true}),
		method("OPTIONS", {"authorization": "NONE"}),
	]}
	count(auth.deny) == 0 with input as {"kind": "terraform", "resources": [api(["PRIVATE"]), method("GET", {"authorization": "NONE"})]}
}

test_unknown_not_reported if {
	count(auth.deny) == 0 with input as {"kind": "terraform", "resources": [
		method("GET", {"authorization": {"__unknown__": "var.authorization"}}),
		method("PUT", {"authorization": "NONE", "api_key_required": {"__unknown__": "var.require_key"}}),
		method("DELETE", {"authorization": "NONE", "http_method": {"__unknown__": "each.key"}}),
	]}
}
