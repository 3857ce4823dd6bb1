# METADATA
# title: Lambda function URLs require authentication
# description: A function URL with authorization type NONE lets anyone on the internet who learns the URL invoke the function, with no signature, rate limit or audit of the caller. Use AWS_IAM (callers sign their requests with SigV4, CloudFront can do so with origin access control) or put the function behind API Gateway.
# custom:
#   id: TG-AWS-LAMBDA-004
#   severity: high
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["AC-3"], soc2: ["CC6.1"]}
#   remediation: |
#     Require IAM authentication on the function URL:
#       ReportUrl:
#         Type: AWS::Lambda::Url
#         Properties:
#           TargetFunctionArn: !GetAtt ReportFunction.Arn
#           AuthType: AWS_IAM
package tollgate.cloudformation.lambda_public_url

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::Lambda::Url")
	is_object(r.attributes)
	r.attributes.AuthType == "NONE"
	finding := {
		"resource": r.address,
		"path": ["AuthType"],
		"message": sprintf("Lambda function URL %s has AuthType NONE, so anyone on the internet can invoke the function.", [r.address]),
	}
}
