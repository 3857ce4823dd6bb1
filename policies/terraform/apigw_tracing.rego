# METADATA
# title: API Gateway stages have X-Ray tracing
# description: Without X-Ray tracing a slow or failing request through a REST API cannot be followed into the integrations behind it, which makes latency and error investigations guesswork. HTTP and WebSocket APIs (aws_apigatewayv2_stage) do not support X-Ray and are not checked.
# custom:
#   id: TG-AWS-APIGW-002
#   severity: low
#   dimension: reliability
#   kinds: [terraform]
#   frameworks: {aws-well-architected: ["OPS04"]}
#   remediation: |
#     Turn on active tracing for the stage:
#       resource "aws_api_gateway_stage" "prod" {
#         rest_api_id          = aws_api_gateway_rest_api.api.id
#         deployment_id        = aws_api_gateway_deployment.api.id
#         stage_name           = "prod"
#         xray_tracing_enabled = true
#       }
package tollgate.terraform.apigw_tracing

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in input.resources
	r.type == "aws_api_gateway_stage"
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
	value := object.get(r.attributes, "xray_tracing_enabled", null)
	not lib.is_unknown(value)
	not is_true(value)
	finding := {
		"resource": r.address,
		"path": ["xray_tracing_enabled"],
		"message": sprintf("API Gateway stage %s does not turn on X-Ray tracing.", [r.address]),
	}
}

# is_true(x) is a known true, as a boolean or as the string HCL coerces to one.
is_true(x) if x == true

is_true(x) if {
	is_string(x)
	lower(x) == "true"
}
