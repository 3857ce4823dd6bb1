# METADATA
# title: SQS queues encrypt messages at rest
# description: SQS encrypts new queues with SQS-managed keys by default; a queue that turns that off and names no KMS key stores its messages unencrypted.
# custom:
#   id: TG-AWS-SQS-001
#   severity: medium
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SC-28"]}
#   remediation: |
#     Keep SQS-managed encryption on, or encrypt with a KMS key:
#       JobsQueue:
#         Type: AWS::SQS::Queue
#         Properties:
#           KmsMasterKeyId: !Ref QueueKey
package tollgate.cloudformation.sqs_encryption

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::SQS::Queue")
	is_false(object.get(attributes(r), "SqsManagedSseEnabled", null))
	object.get(attributes(r), "KmsMasterKeyId", null) in {null, ""}
	finding := {
		"resource": r.address,
		"path": ["SqsManagedSseEnabled"],
		"message": sprintf("SQS queue %s turns off SQS-managed encryption and names no KMS key, so its messages are stored unencrypted.", [r.address]),
	}
}

# is_false(x) is a known false, as a boolean or as the string templates often use.
is_false(x) if x == false

is_false(x) if {
	is_string(x)
	lower(x) == "false"
}

# attributes(r) is the resource's resolved Properties, {} when it has none.
attributes(r) := r.attributes if is_object(r.attributes)

attributes(r) := {} if not is_object(r.attributes)
