# METADATA
# title: Log groups are encrypted with a customer key
# description: CloudWatch Logs encrypts log groups with a service-owned key unless a customer managed KMS key is associated. Logs often carry request data, identifiers and sometimes secrets; with a KMS key their decryption is governed by the key policy, audited in CloudTrail, and can be cut off by disabling the key.
# custom:
#   id: TG-AWS-CW-003
#   severity: low
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SC-28", "SC-12"], aws-well-architected: ["SEC08"]}
#   remediation: |
#     Associate a customer managed key (its key policy must allow the logs.<region>.amazonaws.com
#     service principal to use it):
#       ApiLogGroup:
#         Type: AWS::Logs::LogGroup
#         Properties:
#           LogGroupName: /ecs/orders-api
#           RetentionInDays: 90
#           KmsKeyId: !GetAtt LogsKey.Arn
package tollgate.cloudformation.cloudwatch_log_kms

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::Logs::LogGroup")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
	object.get(r.attributes, "KmsKeyId", null) in {null, ""}
	finding := {
		"resource": r.address,
		"path": ["KmsKeyId"],
		"message": sprintf("CloudWatch log group %s is not encrypted with a customer managed KMS key.", [r.address]),
	}
}
