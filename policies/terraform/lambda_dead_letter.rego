# METADATA
# title: Lambda functions keep failed asynchronous events
# description: When an asynchronous invocation fails every retry, Lambda drops the event unless the function has a dead-letter queue or an on-failure destination to send it to.
# custom:
#   id: TG-AWS-LAMBDA-001
#   severity: low
#   dimension: reliability
#   kinds: [terraform]
#   remediation: |
#     Send failed asynchronous events to a dead-letter queue (or configure an on-failure
#     destination with aws_lambda_function_event_invoke_config):
#       resource "aws_lambda_function" "worker" {
#         function_name = "worker"
#         role          = aws_iam_role.worker.arn
#         runtime       = "python3.12"
#         handler       = "app.handler"
#         filename      = "worker.zip"
#         dead_letter_config {
#           target_arn = aws_sqs_queue.worker_dlq.arn
#         }
#       }
package tollgate.terraform.lambda_dead_letter

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("aws_lambda_function")
	managed(r)
	not unknown_along(attributes(r), ["dead_letter_config", 0, "target_arn"])
	unset(object.get(attributes(r), ["dead_letter_config", 0, "target_arn"], null))
	not failure_destination(r)
	finding := {
		"resource": r.address,
		"path": ["dead_letter_config"],
		"message": sprintf("Lambda function %s has no dead-letter queue or on-failure destination, so failed asynchronous events are dropped.", [r.address]),
	}
}

# failure_destination(fn) holds when an event invoke config of the function sends failed
# events to a destination, which replaces a dead-letter queue.
failure_destination(fn) if {
	some config in lib.resources("aws_lambda_function_event_invoke_config")
	configures(attributes(config), fn)
	not lacks_destination(attributes(config))
}

# lacks_destination(config) holds when the config is known to have no on-failure destination.
lacks_destination(config) if {
	not unknown_along(config, ["destination_config", 0, "on_failure", 0, "destination"])
	unset(object.get(config, ["destination_config", 0, "on_failure", 0, "destination"], null))
}

# unknown_along(x, path) holds when some step of path inside x is an unknown value.
unknown_along(x, path) if {
	some n in numbers.range(1, count(path))
	lib.is_unknown(object.get(x, array.slice(path, 0, n), null))
}

configures(config, fn) if lib.refers_to(object.get(config, "function_name", null), fn)

configures(config, fn) if {
	name := config.function_name
	is_string(name)
	name == attributes(fn).function_name
}

# unset(x) holds for an absent or empty setting.
unset(x) if x in {null, ""}

# attributes(r) is the resource's attributes, {} when it has none.
attributes(r) := r.attributes if is_object(r.attributes)

attributes(r) := {} if not is_object(r.attributes)

# managed(r) leaves out data sources, which only read existing infrastructure.
managed(r) if {
	not r.mode == "data"
}
