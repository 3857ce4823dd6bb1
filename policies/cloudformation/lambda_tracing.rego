# METADATA
# title: Lambda functions have X-Ray tracing
# description: Without active tracing a Lambda function sends no traces to AWS X-Ray, so a slow or failing request cannot be followed through the function and the services it calls. PassThrough, the default, only traces requests that arrive already sampled.
# custom:
#   id: TG-AWS-LAMBDA-002
#   severity: low
#   dimension: reliability
#   kinds: [cloudformation]
#   frameworks: {aws-well-architected: ["REL06"]}
#   remediation: |
#     Turn on active tracing (the execution role needs xray:PutTraceSegments and
#     xray:PutTelemetryRecords, for example through AWSXRayDaemonWriteAccess):
#       ApiFunction:
#         Type: AWS::Lambda::Function
#         Properties:
#           Runtime: python3.12
#           Handler: app.handler
#           Role: !GetAtt ApiRole.Arn
#           Code:
#             S3Bucket: !Ref ArtifactBucket
#             S3Key: api.zip
#           TracingConfig:
#             Mode: Active
package tollgate.cloudformation.lambda_tracing

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::Lambda::Function")
	object.get(attributes(r), "TracingConfig", null) == null
	finding := {
		"resource": r.address,
		"path": ["TracingConfig"],
		"message": sprintf("Lambda function %s has no TracingConfig, so X-Ray does not trace its invocations.", [r.address]),
	}
}

deny contains finding if {
	some r in lib.resources("AWS::Lambda::Function")
	config := attributes(r).TracingConfig
	is_object(config)
	not lib.is_unknown(config)
	mode := object.get(config, "Mode", "PassThrough")
	is_string(mode)
	mode != "Active"
	finding := {
		"resource": r.address,
		"path": ["TracingConfig", "Mode"],
		"message": sprintf("Lambda function %s sets its tracing mode to %s instead of Active, so X-Ray only traces requests that arrive already sampled.", [r.address, mode]),
	}
}

attributes(r) := r.attributes if is_object(r.attributes)

attributes(r) := {} if not is_object(r.attributes)
