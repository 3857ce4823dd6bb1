# METADATA
# title: Log groups are encrypted with a customer key
# description: CloudWatch Logs encrypts log groups with a service-owned key unless a customer managed KMS key is associated. Logs often carry request data, identifiers and sometimes secrets; with a KMS key their decryption is governed by the key policy, audited in CloudTrail, and can be cut off by disabling the key.
# custom:
#   id: TG-AWS-CW-003
#   severity: low
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SC-28", "SC-12"], aws-well-architected: ["SEC08"]}
#   remediation: |
#     Associate a customer managed key (its key policy must allow the logs.<region>.amazonaws.com
#     service principal to use it):
#       resource "aws_cloudwatch_log_group" "app" {
#         name              = "/app/orders"
#         retention_in_days = 90
#         kms_key_id        = aws_kms_key.logs.arn
#       }
package tollgate.terraform.cloudwatch_log_kms

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("aws_cloudwatch_log_group")
	not r.mode == "data"
	is_object(r.attributes)
	object.get(r.attributes, "kms_key_id", null) in {null, ""}
	finding := {
		"resource": r.address,
		"path": ["kms_key_id"],
		"message": sprintf("CloudWatch log group %s is not encrypted with a customer managed KMS key.", [r.address]),
	}
}
