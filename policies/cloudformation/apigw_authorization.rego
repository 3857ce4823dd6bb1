# METADATA
# title: API methods require authorization
# description: A REST API method with authorization NONE and no API key can be called by anyone on the internet who finds the URL. CORS preflight (OPTIONS) methods and methods of private APIs, which are reachable only through VPC endpoints and a resource policy, are not checked.
# custom:
#   id: TG-AWS-APIGW-003
#   severity: medium
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["AC-3"]}
#   remediation: |
#     Require IAM, a Cognito user pool or a Lambda authorizer on the method:
#       GetOrders:
#         Type: AWS::ApiGateway::Method
#         Properties:
#           RestApiId: !Ref Api
#           ResourceId: !Ref OrdersResource
#           HttpMethod: GET
#           AuthorizationType: COGNITO_USER_POOLS
#           AuthorizerId: !Ref CognitoAuthorizer
package tollgate.cloudformation.apigw_authorization

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::ApiGateway::Method")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
	authorization := object.get(r.attributes, "AuthorizationType", "NONE")
	is_string(authorization)
	upper(authorization) == "NONE"
	not may_be_true(object.get(r.attributes, "ApiKeyRequired", false))
	method := r.attributes.HttpMethod
	is_string(method)
	upper(method) != "OPTIONS"
	not private_api(r)
	finding := {
		"resource": r.address,
		"path": ["AuthorizationType"],
		"message": sprintf("API method %s can be called without authorization: AuthorizationType is NONE and no API key is required.", [r.address]),
	}
}

# private_api(r): the method belongs to a REST API of the template whose endpoint type is PRIVATE.
private_api(r) if {
	some api in lib.resources("AWS::ApiGateway::RestApi")
	r.attributes.RestApiId.__ref__ == api.address
	some t in items(api.attributes.EndpointConfiguration.Types)
	is_string(t)
	upper(t) == "PRIVATE"
}

# may_be_true(x) is true for a true value, as a boolean or a string, and for a value that
# cannot be known.
may_be_true(x) if x == true

may_be_true(x) if {
	is_string(x)
	lower(x) == "true"
}

may_be_true(x) if lib.is_unknown(x)

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
