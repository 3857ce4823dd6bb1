# METADATA
# title: SQS queues encrypt messages at rest
# description: SQS encrypts new queues with SQS-managed keys by default; a queue that turns that off and names no KMS key stores its messages unencrypted.
# custom:
#   id: TG-AWS-SQS-001
#   severity: medium
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SC-28"]}
#   remediation: |
#     Keep SQS-managed encryption on, or encrypt with a KMS key:
#       resource "aws_sqs_queue" "jobs" {
#         name              = "jobs"
#         kms_master_key_id = aws_kms_key.queue.arn
#       }
package tollgate.terraform.sqs_encryption

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("aws_sqs_queue")
	managed(r)
	is_false(object.get(attributes(r), "sqs_managed_sse_enabled", null))
	object.get(attributes(r), "kms_master_key_id", null) in {null, ""}
	finding := {
		"resource": r.address,
		"path": ["sqs_managed_sse_enabled"],
		"message": sprintf("SQS queue %s turns off SQS-managed encryption and names no KMS key, so its messages are stored unencrypted.", [r.address]),
	}
}

# is_false(x) is a known false, as a boolean or as the string HCL coerces to one.
is_false(x) if x == false

is_false(x) if {
	is_string(x)
	lower(x) == "false"
}

# attributes(r) is the resource's attributes, {} when it has none.
attributes(r) := r.attributes if is_object(r.attributes)

attributes(r) := {} if not is_object(r.attributes)

# managed(r) leaves out data sources, which only read existing infrastructure.
managed(r) if {
	not r.mode == "data"
}
