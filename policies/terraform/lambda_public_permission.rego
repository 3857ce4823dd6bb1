# METADATA
# title: Lambda permissions do not allow any principal
# description: A resource-based permission whose principal is "*" lets every AWS account, and for function URLs every caller on the internet, invoke the function. A permission limited by source_arn, source_account or principal_org_id is not reported.
# custom:
#   id: TG-AWS-LAMBDA-005
#   severity: high
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["AC-3", "AC-6"], soc2: ["CC6.1"]}
#   remediation: |
#     Name the service or account that invokes the function and limit it to the source:
#       resource "aws_lambda_permission" "s3" {
#         statement_id   = "AllowS3Invoke"
#         action         = "lambda:InvokeFunction"
#         function_name  = aws_lambda_function.thumbnailer.function_name
#         principal      = "s3.amazonaws.com"
#         source_arn     = aws_s3_bucket.uploads.arn
#         source_account = data.aws_caller_identity.current.account_id
#       }
package tollgate.terraform.lambda_public_permission

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("aws_lambda_permission")
	not r.mode == "data"
	is_object(r.attributes)
	r.attributes.principal == "*"
	unset(object.get(r.attributes, "source_arn", null))
	unset(object.get(r.attributes, "source_account", null))
	unset(object.get(r.attributes, "principal_org_id", null))
	finding := {
		"resource": r.address,
		"path": ["principal"],
		"message": sprintf("Lambda permission %s lets any principal invoke the function, with no source_arn, source_account or principal_org_id to limit it.", [r.address]),
	}
}

# unset(x) holds for an absent or empty setting; an unknown value may limit the permission.
unset(x) if x in {null, ""}
