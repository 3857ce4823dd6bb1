# METADATA
# title: Lambda functions set a concurrency limit
# description: Without reserved concurrency a function draws from the account's shared concurrency pool; a burst of events can scale it until it throttles every other function of the account in the region, or let it overwhelm the database or API it calls. A reserved concurrency caps it and guarantees it capacity.
# custom:
#   id: TG-AWS-LAMBDA-007
#   severity: low
#   dimension: reliability
#   kinds: [cloudformation]
#   frameworks: {}
#   remediation: |
#     Reserve concurrency sized for what the function and its dependencies can handle:
#       WorkerFunction:
#         Type: AWS::Lambda::Function
#         Properties:
#           Runtime: python3.12
#           Handler: worker.handler
#           Role: !GetAtt WorkerRole.Arn
#           ReservedConcurrentExecutions: 50
#           Code:
#             S3Bucket: !Ref ArtifactBucket
#             S3Key: worker.zip
package tollgate.cloudformation.lambda_concurrency

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::Lambda::Function")
	is_object(r.attributes)
	object.get(r.attributes, "ReservedConcurrentExecutions", null) == null
	finding := {
		"resource": r.address,
		"path": ["ReservedConcurrentExecutions"],
		"message": sprintf("Lambda function %s reserves no concurrency, so a burst can exhaust the account's concurrency and throttle other functions.", [r.address]),
	}
}
