# METADATA
# title: SQS queues send failed messages to a dead-letter queue
# description: Without a redrive policy, a message that consumers keep failing on is retried until its retention period ends and is then lost, and meanwhile it keeps being received. Queues that serve as dead-letter queues themselves (targets of another queue's, a Lambda function's, a subscription's or a rule target's dead-letter configuration, or with a redrive allow policy) are not checked.
# custom:
#   id: TG-AWS-SQS-002
#   severity: medium
#   dimension: reliability
#   kinds: [cloudformation]
#   frameworks: {}
#   remediation: |
#     Send messages that fail repeatedly to a dead-letter queue:
#       OrdersDeadLetterQueue:
#         Type: AWS::SQS::Queue
#         Properties:
#           MessageRetentionPeriod: 1209600
#       OrdersQueue:
#         Type: AWS::SQS::Queue
#         Properties:
#           RedrivePolicy:
#             deadLetterTargetArn: !GetAtt OrdersDeadLetterQueue.Arn
#             maxReceiveCount: 5
package tollgate.cloudformation.sqs_dead_letter

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some q in lib.resources("AWS::SQS::Queue")
	not lib.is_unknown(q.attributes)
	attributes := object_or_empty(q.attributes)
	object.get(attributes, "RedrivePolicy", null) in {null, "", {}}
	not dead_letter_queue(q)
	finding := {
		"resource": q.address,
		"path": ["RedrivePolicy"],
		"message": sprintf("SQS queue %s has no dead-letter queue (RedrivePolicy).", [q.address]),
	}
}

# The queue allows other queues to use it as their dead-letter queue.
dead_letter_queue(q) if {
	allow := q.attributes.RedriveAllowPolicy
	allow != null
	not denies_all(allow)
}

# Another resource names the queue in a dead-letter or redrive setting: a queue's
# RedrivePolicy, a function's DeadLetterConfig, a subscription's RedrivePolicy, a rule
# target's DeadLetterConfig.
dead_letter_queue(q) if {
	some o in input.resources
	o.address != q.address
	is_object(o.attributes)
	walk(o.attributes, [path, value])
	dead_letter_path(path)
	names_queue(o, value, q)
}

names_queue(_, value, q) if value.__ref__ == q.address

# An expression such as !Sub "arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:${DeadLetterQueue.QueueName}".
names_queue(o, value, q) if {
	lib.is_unknown(value)
	is_string(value.__unknown__)
	q.address in object.get(o, "refs", [])
	regex.match(sprintf(`(^|[^A-Za-z0-9])%s([^A-Za-z0-9]|$)`, [q.address]), value.__unknown__)
}

dead_letter_path(path) if {
	some key in path
	is_string(key)
	regex.match(`(?i)(dead_?letter|^redrive_?policy$)`, key)
}

denies_all(policy) if {
	doc := lib.json_document(policy)
	doc.redrivePermission == "denyAll"
}

object_or_empty(x) := x if is_object(x)

object_or_empty(x) := {} if not is_object(x)
