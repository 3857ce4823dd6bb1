package tollgate.cloudformation.lambda_dead_letter_test

import rego.v1

function := {
	"address": "WorkerFunction",
	"type": "AWS::Lambda::Function",
	"name": "WorkerFunction",
	"attributes": {"Runtime": "python3.12", "Handler": "app.handler"},
}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "parameters": {}, "conditions": {}, "resources": resources}

with_properties(extra) := object.union(function, {"attributes": object.union(function.attributes, extra)})

invoke_config(properties) := {
	"address": "WorkerInvokeConfig",
	"type": "AWS::Lambda::EventInvokeConfig",
	"name": "WorkerInvokeConfig",
	"attributes": properties,
}

test_no_dead_letter_fails if {
	input_doc := doc([function])
	findings := data.tollgate.cloudformation.lambda_dead_letter.deny with input as input_doc
	count(findings) == 1
	some f in findings
	f.resource == "WorkerFunction"
	f.path == ["DeadLetterConfig"]
}

test_invoke_config_without_on_failure_fails if {
	config := invoke_config({
		"FunctionName": {"__unknown__": "WorkerFunction", "__ref__": "WorkerFunction"},
		"Qualifier": "$LATEST",
		"MaximumRetryAttempts": 0,
	})
	input_doc := doc([function, config])
	count(data.tollgate.cloudformation.lambda_dead_letter.deny) == 1 with input as input_doc
}

test_dead_letter_queue_passes if {
	input_doc := doc([with_properties({"DeadLetterConfig": {"TargetArn": {"__unknown__": "DeadLetterQueue.Arn", "__ref__": "DeadLetterQueue"}}})])
	count(data.tollgate.cloudformation.lambda_dead_letter.deny) == 0 with input as input_doc
}

test_on_failure_destination_passes if {
	config := invoke_config({
		"FunctionName": {"__unknown__": "WorkerFunction", "__ref__": "WorkerFunction"},
		"Qualifier": "$LATEST",
		"DestinationConfig": {"OnFailure": {"Destination": {"__unknown__": "FailedQueue.Arn", "__ref__": "FailedQueue"}}},
	})
	input_doc := doc([function, config])
	count(data.tollgate.cloudformation.lambda_dead_letter.deny) == 0 with input as input_doc
}

test_dead_letter_target_unknown_passes if {
	input_doc := doc([with_properties({"DeadLetterConfig": {"TargetArn": {"__unknown__": "DeadLetterArn"}}})])
	count(data.tollgate.cloudformation.lambda_dead_letter.deny) == 0 with input as input_doc
}
