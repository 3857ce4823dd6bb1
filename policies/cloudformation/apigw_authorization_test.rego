package tollgate.cloudformation.apigw_authorization_test

import rego.v1

import data.tollgate.cloudformation.apigw_authorization as auth

method(address, props) := {"address": address, "type": "AWS::ApiGateway::Method", "name": address, "attributes": object.union({"RestApiId": {"__unknown__": "Ref Api", "__ref__": "Api"}}, props), "refs": ["Api"]}

api(types) := {"address": "Api", "type": "AWS::ApiGateway::RestApi", "name": "Api", "attributes": {"Name": "api", "EndpointConfiguration": {"Types": types}}, "refs": []}

test_open_method_fails if {
	findings := auth.deny with input as {"kind": "cloudformation", "resources": [api(["EDGE"]), method("GetOrders", {"HttpMethod": "GET", "AuthorizationType": "NONE"})]}
	count(findings) == 1
	some f in findings
	f.path == ["AuthorizationType"]
}

test_missing_authorization_type_fails if {
	count(auth.deny) == 1 with input as {"kind": "cloudformation", "resources": [method("PostOrder", {"HttpMethod": "POST", "ApiKeyRequired": "false"})]}
}

test_protected_methods_pass if {
	count(auth.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		method("A", {"HttpMethod": "GET", "AuthorizationType": "AWS_IAM"}),
		method("B", {"HttpMethod": "GET", "AuthorizationType": "NONE", "ApiKeyRequired": true}),
		method("C", {"HttpMethod": "OPTIONS", "AuthorizationType": "NONE"}),
	]}
}

test_private_api_passes if {
	count(auth.deny) == 0 with input as {"kind": "cloudformation", "resources": [api(["PRIVATE"]), method("GetOrders", {"HttpMethod": "GET", "AuthorizationType": "NONE"})]}
}

test_unknown_not_reported if {
	count(auth.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		method("A", {"HttpMethod": "GET", "AuthorizationType": {"__unknown__": "Fn::If"}}),
		method("B", {"HttpMethod": "GET", "AuthorizationType": "NONE", "ApiKeyRequired": {"__unknown__": "Ref RequireKey"}}),
		{"address": "C", "type": "AWS::ApiGateway::Method", "name": "C", "attributes": {"__unknown__": "Fn::If"}, "refs": []},
	]}
}
