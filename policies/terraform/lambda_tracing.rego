# METADATA
# title: Lambda functions have X-Ray tracing
# description: Without active tracing a Lambda function sends no traces to AWS X-Ray, so a slow or failing request cannot be followed through the function and the services it calls. PassThrough, the default, only traces requests that arrive already sampled.
# custom:
#   id: TG-AWS-LAMBDA-002
#   severity: low
#   dimension: reliability
#   kinds: [terraform]
#   frameworks: {aws-well-architected: ["REL06"]}
#   remediation: |
#     Turn on active tracing (the execution role needs xray:PutTraceSegments and
#     xray:PutTelemetryRecords, for example through AWSXRayDaemonWriteAccess):
#       resource "aws_lambda_function" "api" {
#         function_name = "api"
#         role          = aws_iam_role.api.arn
#         runtime       = "python3.12"
#         handler       = "app.handler"
#         filename      = "api.zip"
#         tracing_config {
#           mode = "Active"
#         }
#       }
package tollgate.terraform.lambda_tracing

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in functions
	absent(object.get(attributes(r), "tracing_config", null))
	finding := {
		"resource": r.address,
		"path": ["tracing_config"],
		"message": sprintf("Lambda function %s has no tracing_config, so X-Ray does not trace its invocations.", [r.address]),
	}
}

deny contains finding if {
	some r in functions
	some i, block in items(attributes(r).tracing_config)
	is_object(block)
	mode := block.mode
	is_string(mode)
	mode != "Active"
	finding := {
		"resource": r.address,
		"path": ["tracing_config", i, "mode"],
		"message": sprintf("Lambda function %s sets its tracing mode to %s instead of Active, so X-Ray only traces requests that arrive already sampled.", [r.address, mode]),
	}
}

functions contains r if {
	some r in lib.resources("aws_lambda_function")
	not r.mode == "data"
}

# absent(x) holds for a block that is not written (or a dynamic block with nothing to expand);
# an unknown value is not absent.
absent(x) if x == null

absent(x) if x == []

attributes(r) := r.attributes if is_object(r.attributes)

attributes(r) := {} if not is_object(r.attributes)

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
