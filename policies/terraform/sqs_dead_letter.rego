# METADATA
# title: SQS queues send failed messages to a dead-letter queue
# description: Without a redrive policy, a message that consumers keep failing on is retried until its retention period ends and is then lost, and meanwhile it keeps being received. Queues that serve as dead-letter queues themselves (targets of another queue's, a Lambda function's, a subscription's or a rule target's dead-letter configuration, or with a redrive allow policy) are not checked.
# custom:
#   id: TG-AWS-SQS-002
#   severity: medium
#   dimension: reliability
#   kinds: [terraform]
#   frameworks: {}
#   remediation: |
#     Send messages that fail repeatedly to a dead-letter queue:
#       resource "aws_sqs_queue" "orders_dlq" {
#         name                      = "orders-dlq"
#         message_retention_seconds = 1209600
#       }
#       resource "aws_sqs_queue" "orders" {
#         name = "orders"
#         redrive_policy = jsonencode({
#           deadLetterTargetArn = aws_sqs_queue.orders_dlq.arn
#           maxReceiveCount     = 5
#         })
#       }
package tollgate.terraform.sqs_dead_letter

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some q in managed("aws_sqs_queue")
	object.get(q.attributes, "redrive_policy", null) in {null, ""}
	not redriven_by_resource(q)
	not dead_letter_queue(q)
	finding := {
		"resource": q.address,
		"path": ["redrive_policy"],
		"message": sprintf("SQS queue %s has no dead-letter queue (redrive_policy).", [q.address]),
	}
}

# An aws_sqs_queue_redrive_policy for the queue.
redriven_by_resource(q) if {
	some p in managed("aws_sqs_queue_redrive_policy")
	for_queue(p, q)
}

# The queue allows other queues to use it as their dead-letter queue.
dead_letter_queue(q) if {
	allow := q.attributes.redrive_allow_policy
	allow != null
	not denies_all(allow)
}

dead_letter_queue(q) if {
	some p in managed("aws_sqs_queue_redrive_allow_policy")
	for_queue(p, q)
	not denies_all(p.attributes.redrive_allow_policy)
}

# Another resource names the queue in a dead-letter or redrive setting.
dead_letter_queue(q) if {
	some o in input.resources
	o.address != q.address
	is_object(o.attributes)
	walk(o.attributes, [path, value])
	dead_letter_path(path)
	names_queue(o, value, q)
}

dead_letter_path(path) if {
	some key in path
	is_string(key)
	regex.match(`(?i)(dead_?letter|^redrive_policy$)`, key)
}

# names_queue(o, value, q): value, set in resource o, designates queue q.
names_queue(_, value, q) if same_resource(value.__ref__, q.address)

# An expression such as jsonencode({deadLetterTargetArn = aws_sqs_queue.dlq.arn}).
names_queue(o, value, q) if {
	lib.is_unknown(value)
	is_string(value.__unknown__)
	some ref in items(object.get(o, "refs", []))
	same_resource(ref, q.address)
	regex.match(sprintf(`%s\.%s([^A-Za-z0-9_-]|$)`, [q.type, q.name]), value.__unknown__)
}

# A literal ARN of the queue, alone or inside a JSON document.
names_queue(_, value, q) if {
	is_string(value)
	name := q.attributes.name
	is_string(name)
	literal_arn(value, name)
}

literal_arn(value, name) if endswith(value, sprintf(":%s", [name]))

literal_arn(value, name) if contains(value, sprintf(":%s\"", [name]))

denies_all(policy) if {
	is_string(policy)
	doc := lib.json_document(policy)
	doc.redrivePermission == "denyAll"
}

# for_queue(p, q): the queue_url of queue-level resource p is, or may be, queue q's.
for_queue(p, q) if same_resource(p.attributes.queue_url.__ref__, q.address)

for_queue(p, q) if {
	lib.is_unknown(p.attributes.queue_url)
	not p.attributes.queue_url.__ref__
}

for_queue(p, q) if {
	is_string(p.attributes.queue_url)
	is_string(q.attributes.name)
	endswith(p.attributes.queue_url, sprintf("/%s", [q.attributes.name]))
}

# managed(t) is the set of managed (not data) resources of type t.
managed(t) := {r | some r in input.resources; r.type == t; object.get(r, "mode", "managed") == "managed"; is_object(r.attributes)}

# same_resource(ref, address): ref names the resource at address, or all instances of its count/for_each.
same_resource(ref, address) if ref == address

same_resource(ref, address) if ref == regex.replace(address, `\[[^\]]*\]$`, "")

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
