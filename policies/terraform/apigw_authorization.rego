# METADATA
# title: API methods require authorization
# description: A REST API method with authorization NONE and no API key can be called by anyone on the internet who finds the URL. CORS preflight (OPTIONS) methods and methods of private APIs, which are reachable only through VPC endpoints and a resource policy, are not checked.
# custom:
#   id: TG-AWS-APIGW-003
#   severity: medium
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["AC-3"]}
#   remediation: |
#     Require IAM, a Cognito user pool or a Lambda authorizer on the method:
#       resource "aws_api_gateway_method" "get_orders" {
#         rest_api_id   = aws_api_gateway_rest_api.api.id
#         resource_id   = aws_api_gateway_resource.orders.id
#         http_method   = "GET"
#         authorization = "COGNITO_USER_POOLS"
#         authorizer_id = aws_api_gateway_authorizer.cognito.id
#       }
package tollgate.terraform.apigw_authorization

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in managed("aws_api_gateway_method")
	upper_string(r.attributes.authorization) == "NONE"
	not may_be_true(object.get(r.attributes, "api_key_required", false))
	method := r.attributes.http_method
	is_string(method)
	upper(method) != "OPTIONS"
	not private_api(r)
	finding := {
		"resource": r.address,
		"path": ["authorization"],
		"message": sprintf("API method %s can be called without authorization: authorization is NONE and no API key is required.", [r.address]),
	}
}

# private_api(r): the method belongs to a REST API of the document whose endpoint type is PRIVATE.
private_api(r) if {
	some api in managed("aws_api_gateway_rest_api")
	same_resource(r.attributes.rest_api_id.__ref__, api.address)
	some config in items(api.attributes.endpoint_configuration)
	some t in items(config.types)
	upper_string(t) == "PRIVATE"
}

upper_string(x) := upper(x) if is_string(x)

# same_resource(ref, address): ref names the resource at address, or all instances of its count/for_each.
same_resource(ref, address) if ref == address

same_resource(ref, address) if ref == regex.replace(address, `\[[^\]]*\]$`, "")

# may_be_true(x) is true for a true value, as a boolean or as the string HCL coerces to one,
# and for a value that cannot be known.
may_be_true(x) if x == true

may_be_true(x) if {
	is_string(x)
	lower(x) == "true"
}

may_be_true(x) if lib.is_unknown(x)

# managed(t) is the set of managed (not data) resources of type t.
managed(t) := {r | some r in input.resources; r.type == t; object.get(r, "mode", "managed") == "managed"; is_object(r.attributes)}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
