# METADATA
# title: API Gateway stages write access logs
# description: Without access logging there is no record of who called an API, from where and with what result, which leaves abuse, credential stuffing and incidents without evidence. Execution logging (method settings) is not a substitute.
# custom:
#   id: TG-AWS-APIGW-001
#   severity: medium
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["AU-12"], pci-dss-4.0: ["10.2.1"]}
#   remediation: |
#     Send the stage's access logs to a log group:
#       resource "aws_api_gateway_stage" "prod" {
#         rest_api_id   = aws_api_gateway_rest_api.api.id
#         deployment_id = aws_api_gateway_deployment.api.id
#         stage_name    = "prod"
#         access_log_settings {
#           destination_arn = aws_cloudwatch_log_group.api_access.arn
#           format          = jsonencode({ requestId = "$context.requestId", ip = "$context.identity.sourceIp", status = "$context.status" })
#         }
#       }
package tollgate.terraform.apigw_access_logging

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in input.resources
	r.type in {"aws_api_gateway_stage", "aws_apigatewayv2_stage"}
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
	not has_block(r, "access_log_settings")
	finding := {
		"resource": r.address,
		"path": ["access_log_settings"],
		"message": sprintf("API Gateway stage %s does not write access logs: it has no access_log_settings.", [r.address]),
	}
}

# has_block(r, name) is true when r has at least one `name` block, or one that cannot be known.
has_block(r, name) if is_object(r.attributes[name])

has_block(r, name) if {
	some blk in items(r.attributes[name])
	is_object(blk)
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
