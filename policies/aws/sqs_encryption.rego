# METADATA
# title: SQS queues encrypt messages at rest
# description: SQS encrypts new queues with SQS-managed keys by default; a queue that turns that off and names no KMS key stores its messages unencrypted.
# custom:
#   id: TG-AWS-SQS-001
#   severity: medium
#   dimension: security
#   kinds: [aws]
#   frameworks: {nist-800-53: ["SC-28"]}
#   remediation: |
#     Turn SQS-managed encryption back on, or encrypt with a KMS key:
#       aws sqs set-queue-attributes --queue-url QUEUE_URL --attributes SqsManagedSseEnabled=true
#     and in the code that deploys the queue (Terraform aws_sqs_queue sqs_managed_sse_enabled = true
#     or kms_master_key_id, CloudFormation SqsManagedSseEnabled or KmsMasterKeyId).
package tollgate.aws.sqs_encryption

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::SQS::Queue")
	c := configuration(r)
	key := field(c, ["SqsManagedSseEnabled", "sqsManagedSseEnabled"])
	known_false(object.get(c, key, null))
	object.get(c, field(c, ["KmsMasterKeyId", "kmsMasterKeyId"]), null) in {null, ""}
	finding := {
		"resource": r.address,
		"path": ["configuration", key],
		"message": sprintf("SQS queue %s in %s turns off SQS-managed encryption and names no KMS key, so its messages are stored unencrypted.", [r.name, r.region]),
	}
}

# AWS Config records SQS attributes as strings ("false").
known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}

# field(c, names) is the first of the spellings names that c has (AWS Config records these
# attributes in PascalCase), the first spelling when it has none.
field(c, names) := [name | some name in names; name in object.keys(c)][0]

field(c, names) := names[0] if {
	every name in names {
		not name in object.keys(c)
	}
}

# configuration(r) is the item's configuration, {} when it has none.
configuration(r) := r.configuration if is_object(r.configuration)

configuration(r) := {} if not is_object(r.configuration)

