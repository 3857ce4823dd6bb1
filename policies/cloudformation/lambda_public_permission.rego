# METADATA
# title: Lambda permissions do not allow any principal
# description: A resource-based permission whose principal is "*" lets every AWS account, and for function URLs every caller on the internet, invoke the function. A permission limited by SourceArn, SourceAccount or PrincipalOrgID is not reported.
# custom:
#   id: TG-AWS-LAMBDA-005
#   severity: high
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["AC-3", "AC-6"], soc2: ["CC6.1"]}
#   remediation: |
#     Name the service or account that invokes the function and limit it to the source:
#       S3InvokePermission:
#         Type: AWS::Lambda::Permission
#         Properties:
#           Action: lambda:InvokeFunction
#           FunctionName: !Ref ThumbnailFunction
#           Principal: s3.amazonaws.com
#           SourceArn: !GetAtt UploadBucket.Arn
#           SourceAccount: !Ref AWS::AccountId
package tollgate.cloudformation.lambda_public_permission

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::Lambda::Permission")
	is_object(r.attributes)
	r.attributes.Principal == "*"
	unset(object.get(r.attributes, "SourceArn", null))
	unset(object.get(r.attributes, "SourceAccount", null))
	unset(object.get(r.attributes, "PrincipalOrgID", null))
	finding := {
		"resource": r.address,
		"path": ["Principal"],
		"message": sprintf("Lambda permission %s lets any principal invoke the function, with no SourceArn, SourceAccount or PrincipalOrgID to limit it.", [r.address]),
	}
}

# unset(x) holds for an absent or empty setting; an unknown value may limit the permission.
unset(x) if x in {null, ""}
