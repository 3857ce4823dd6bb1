# METADATA
# title: Lambda functions keep failed asynchronous events
# description: When an asynchronous invocation fails every retry, Lambda drops the event unless the function has a dead-letter queue or an on-failure destination to send it to.
# custom:
#   id: TG-AWS-LAMBDA-001
#   severity: low
#   dimension: reliability
#   kinds: [cloudformation]
#   remediation: |
#     Send failed asynchronous events to a dead-letter queue (or configure an on-failure
#     destination with AWS::Lambda::EventInvokeConfig):
#       WorkerFunction:
#         Type: AWS::Lambda::Function
#         Properties:
#           Runtime: python3.12
#           Handler: app.handler
#           Role: !GetAtt WorkerRole.Arn
#           Code:
#             S3Bucket: !Ref ArtifactBucket
#             S3Key: worker.zip
#           DeadLetterConfig:
#             TargetArn: !GetAtt WorkerDeadLetterQueue.Arn
package tollgate.cloudformation.lambda_dead_letter

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::Lambda::Function")
	not unknown_along(attributes(r), ["DeadLetterConfig", "TargetArn"])
	unset(object.get(attributes(r), ["DeadLetterConfig", "TargetArn"], null))
	not failure_destination(r)
	finding := {
		"resource": r.address,
		"path": ["DeadLetterConfig"],
		"message": sprintf("Lambda function %s has no dead-letter queue or on-failure destination, so failed asynchronous events are dropped.", [r.address]),
	}
}

# failure_destination(fn) holds when an event invoke config of the function sends failed
# events to a destination, which replaces a dead-letter queue.
failure_destination(fn) if {
	some config in lib.resources("AWS::Lambda::EventInvokeConfig")
	configures(attributes(config), fn)
	not lacks_destination(attributes(config))
}

configures(config, fn) if lib.refers_to(object.get(config, "FunctionName", null), fn)

configures(config, fn) if {
	name := config.FunctionName
	is_string(name)
	name == attributes(fn).FunctionName
}

# lacks_destination(config) holds when the config is known to have no on-failure destination.
lacks_destination(config) if {
	not unknown_along(config, ["DestinationConfig", "OnFailure", "Destination"])
	unset(object.get(config, ["DestinationConfig", "OnFailure", "Destination"], null))
}

# unknown_along(x, path) holds when some step of path inside x is an unknown value.
unknown_along(x, path) if {
	some n in numbers.range(1, count(path))
	lib.is_unknown(object.get(x, array.slice(path, 0, n), null))
}

# unset(x) holds for an absent or empty setting.
unset(x) if x in {null, ""}

# attributes(r) is the resource's resolved Properties, {} when it has none.
attributes(r) := r.attributes if is_object(r.attributes)

attributes(r) := {} if not is_object(r.attributes)
