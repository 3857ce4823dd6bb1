# METADATA
# title: Lambda environment variables are encrypted with a customer key
# description: Lambda encrypts environment variables at rest with the AWS managed key aws/lambda unless the function names a customer managed KMS key. With the AWS managed key anyone allowed to read the function configuration reads the values, and access to them cannot be limited or audited through a key policy. Functions without environment variables are not reported.
# custom:
#   id: TG-AWS-LAMBDA-003
#   severity: low
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SC-28", "SC-12"], aws-well-architected: ["SEC08"]}
#   remediation: |
#     Encrypt the environment with a customer managed key (the execution role needs kms:Decrypt on it):
#       resource "aws_lambda_function" "api" {
#         function_name = "api"
#         role          = aws_iam_role.api.arn
#         runtime       = "python3.12"
#         handler       = "app.handler"
#         filename      = "api.zip"
#         kms_key_arn   = aws_kms_key.lambda.arn
#         environment {
#           variables = {
#             TABLE_NAME = aws_dynamodb_table.orders.name
#           }
#         }
#       }
package tollgate.terraform.lambda_env_kms

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("aws_lambda_function")
	not r.mode == "data"
	some env in items(attributes(r).environment)
	has_variables(env)
	unset(object.get(attributes(r), "kms_key_arn", null))
	finding := {
		"resource": r.address,
		"path": ["kms_key_arn"],
		"message": sprintf("Lambda function %s has environment variables but no kms_key_arn, so they are encrypted only with the AWS managed key.", [r.address]),
	}
}

# has_variables(env) holds for an environment block with at least one variable.
has_variables(env) if {
	is_object(env)
	variables := env.variables
	is_object(variables)
	not lib.is_unknown(variables)
	count(variables) > 0
}

# unset(x) holds for an absent or empty setting; an unknown key is set.
unset(x) if x in {null, ""}

attributes(r) := r.attributes if is_object(r.attributes)

attributes(r) := {} if not is_object(r.attributes)

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
