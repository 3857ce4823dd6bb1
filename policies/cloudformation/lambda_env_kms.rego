# METADATA
# title: Lambda environment variables are encrypted with a customer key
# description: Lambda encrypts environment variables at rest with the AWS managed key aws/lambda unless the function names a customer managed KMS key. With the AWS managed key anyone allowed to read the function configuration reads the values, and access to them cannot be limited or audited through a key policy. Functions without environment variables are not reported.
# custom:
#   id: TG-AWS-LAMBDA-003
#   severity: low
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SC-28", "SC-12"], aws-well-architected: ["SEC08"]}
#   remediation: |
#     Encrypt the environment with a customer managed key (the execution role needs kms:Decrypt on it):
#       ApiFunction:
#         Type: AWS::Lambda::Function
#         Properties:
#           Runtime: python3.12
#           Handler: app.handler
#           Role: !GetAtt ApiRole.Arn
#           Code:
#             S3Bucket: !Ref ArtifactBucket
#             S3Key: api.zip
#           KmsKeyArn: !GetAtt LambdaKey.Arn
#           Environment:
#             Variables:
#               TABLE_NAME: !Ref OrdersTable
package tollgate.cloudformation.lambda_env_kms

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::Lambda::Function")
	has_variables(object.get(attributes(r), ["Environment", "Variables"], null))
	unset(object.get(attributes(r), "KmsKeyArn", null))
	finding := {
		"resource": r.address,
		"path": ["KmsKeyArn"],
		"message": sprintf("Lambda function %s has environment variables but no KmsKeyArn, so they are encrypted only with the AWS managed key.", [r.address]),
	}
}

has_variables(variables) if {
	is_object(variables)
	not lib.is_unknown(variables)
	count(variables) > 0
}

# unset(x) holds for an absent or empty setting; an unknown key is set.
unset(x) if x in {null, ""}

attributes(r) := r.attributes if is_object(r.attributes)

attributes(r) := {} if not is_object(r.attributes)
