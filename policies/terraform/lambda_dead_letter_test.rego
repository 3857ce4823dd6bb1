package tollgate.terraform.lambda_dead_letter_test

import rego.v1

function := {
	"address": "aws_lambda_function.worker",
	"type": "aws_lambda_function",
	"name": "worker",
	"mode": "managed",
	"attributes": {"function_name": "worker", "runtime": "python3.12", "handler": "app.handler"},
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

with_attributes(extra) := object.union(function, {"attributes": object.union(function.attributes, extra)})

test_no_dead_letter_fails if {
	input_doc := doc([function])
	findings := data.tollgate.terraform.lambda_dead_letter.deny with input as input_doc
	count(findings) == 1
	some f in findings
	f.resource == "aws_lambda_function.worker"
	f.path == ["dead_letter_config"]
}

test_invoke_config_without_on_failure_fails if {
	config := {
		"address": "aws_lambda_function_event_invoke_config.worker",
		"type": "aws_lambda_function_event_invoke_config",
		"name": "worker",
		"mode": "managed",
		"attributes": {
			"function_name": {"__unknown__": "aws_lambda_function.worker.function_name", "__ref__": "aws_lambda_function.worker"},
			"maximum_retry_attempts": 0,
		},
	}
	input_doc := doc([function, config])
	count(data.tollgate.terraform.lambda_dead_letter.deny) == 1 with input as input_doc
}

test_dead_letter_queue_passes if {
	input_doc := doc([with_attributes({"dead_letter_config": [{"target_arn": {"__unknown__": "aws_sqs_queue.dlq.arn", "__ref__": "aws_sqs_queue.dlq"}}]})])
	count(data.tollgate.terraform.lambda_dead_letter.deny) == 0 with input as input_doc
}

test_on_failure_destination_passes if {
	config := {
		"address": "aws_lambda_function_event_invoke_config.worker",
		"type": "aws_lambda_function_event_invoke_config",
		"name": "worker",
		"mode": "managed",
		"attributes": {
			"function_name": {"__unknown__": "aws_lambda_function.worker.function_name", "__ref__": "aws_lambda_function.worker"},
			"destination_config": [{"on_failure": [{"destination": {"__unknown__": "aws_sqs_queue.failed.arn", "__ref__": "aws_sqs_queue.failed"}}]}],
		},
	}
	input_doc := doc([function, config])
	count(data.tollgate.terraform.lambda_dead_letter.deny) == 0 with input as input_doc
}

test_on_failure_destination_by_name_passes if {
	config := {
		"address": "aws_lambda_function_event_invoke_config.worker",
		"type": "aws_lambda_function_event_invoke_config",
		"name": "worker",
		"mode": "managed",
		"attributes": {
			"function_name": "worker",
			"destination_config": [{"on_failure": [{"destination": "arn:aws:sqs:eu-west-1:111122223333:failed"}]}],
		},
	}
	input_doc := doc([function, config])
	count(data.tollgate.terraform.lambda_dead_letter.deny) == 0 with input as input_doc
}

test_dead_letter_target_unknown_passes if {
	input_doc := doc([with_attributes({"dead_letter_config": [{"target_arn": {"__unknown__": "var.dlq_arn"}}]})])
	count(data.tollgate.terraform.lambda_dead_letter.deny) == 0 with input as input_doc
}

test_dynamic_dead_letter_unknown_passes if {
	input_doc := doc([with_attributes({"dead_letter_config": {"__unknown__": "var.dead_letter"}})])
	count(data.tollgate.terraform.lambda_dead_letter.deny) == 0 with input as input_doc
}

test_on_failure_destination_unknown_passes if {
	config := {
		"address": "aws_lambda_function_event_invoke_config.worker",
		"type": "aws_lambda_function_event_invoke_config",
		"name": "worker",
		"mode": "managed",
		"attributes": {
			"function_name": "worker",
			"destination_config": {"__unknown__": "var.destinations"},
		},
	}
	input_doc := doc([function, config])
	count(data.tollgate.terraform.lambda_dead_letter.deny) == 0 with input as input_doc
}
