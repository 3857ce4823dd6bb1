# METADATA
# title: Lambda functions set a concurrency limit
# description: Without reserved concurrency a function draws from the account's shared concurrency pool; a burst of events can scale it until it throttles every other function of the account in the region, or let it overwhelm the database or API it calls. A reserved concurrency caps it and guarantees it capacity. The default, -1, sets no limit.
# custom:
#   id: TG-AWS-LAMBDA-007
#   severity: low
#   dimension: reliability
#   kinds: [terraform]
#   frameworks: {}
#   remediation: |
#     Reserve concurrency sized for what the function and its dependencies can handle:
#       resource "aws_lambda_function" "worker" {
#         function_name                  = "worker"
#         role                           = aws_iam_role.worker.arn
#         runtime                        = "python3.12"
#         handler                        = "app.handler"
#         filename                       = "worker.zip"
#         reserved_concurrent_executions = 50
#       }
package tollgate.terraform.lambda_concurrency

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("aws_lambda_function")
	not r.mode == "data"
	is_object(r.attributes)
	unlimited(object.get(r.attributes, "reserved_concurrent_executions", null))
	finding := {
		"resource": r.address,
		"path": ["reserved_concurrent_executions"],
		"message": sprintf("Lambda function %s reserves no concurrency, so a burst can exhaust the account's concurrency and throttle other functions.", [r.address]),
	}
}

# unlimited(x) holds when no reserved concurrency is set: absent, or -1 (the provider's
# "unreserved"). An unknown value is not reported.
unlimited(x) if x == null

unlimited(x) if x == -1

unlimited(x) if x == "-1"
