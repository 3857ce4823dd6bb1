# METADATA
# title: Lambda functions have X-Ray tracing
# description: Without active tracing a Lambda function sends no traces to AWS X-Ray, so a slow or failing request cannot be followed through the function and the services it calls. PassThrough, the default, only traces requests that arrive already sampled.
# custom:
#   id: TG-AWS-LAMBDA-002
#   severity: low
#   dimension: reliability
#   kinds: [aws]
#   frameworks: {aws-well-architected: ["REL06"]}
#   remediation: |
#     Turn on active tracing (the execution role needs xray:PutTraceSegments and
#     xray:PutTelemetryRecords, for example through the AWSXRayDaemonWriteAccess managed policy):
#       aws lambda update-function-configuration --function-name api --tracing-config Mode=Active
#     and set tracing_config { mode = "Active" } on the aws_lambda_function (TracingConfig Mode
#     Active in CloudFormation) in the code that deploys it.
package tollgate.aws.lambda_tracing

import rego.v1

deny contains finding if {
	some r in functions
	tracing := object.get(r.configuration, "tracingConfig", null)
	is_object(tracing)
	mode := object.get(tracing, "mode", null)
	is_string(mode)
	lower(mode) != "active"
	finding := {
		"resource": r.address,
		"path": ["configuration", "tracingConfig", "mode"],
		"message": sprintf("Lambda function %s in %s sets its tracing mode to %s instead of Active, so X-Ray only traces requests that arrive already sampled.", [label(r), region(r), mode]),
	}
}

functions contains r if {
	some r in input.resources
	r.type == "AWS::Lambda::Function"
	is_object(r.configuration)
}

# label(r): the function's name (or the item's name, id or address).
label(r) := names[0] if {
	names := [x |
		some x in [object.get(r.configuration, "functionName", null), object.get(r, "name", null), object.get(r, "id", null), r.address]
		is_string(x)
		x != ""
	]
}

region(r) := r.region if is_string(r.region)

region(r) := object.get(input, "region", "its region") if not is_string(r.region)
