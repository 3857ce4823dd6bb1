package tollgate.terraform.sqs_dead_letter_test

import rego.v1

import data.tollgate.terraform.sqs_dead_letter as rule

resource(type, name, attrs, refs) := {"address": sprintf("%s.%s", [type, name]), "type": type, "name": name, "mode": "managed", "attributes": attrs, "refs": refs}

queue(name, attrs, refs) := resource("aws_sqs_queue", name, attrs, refs)

test_queue_without_dlq_fails if {
	findings := rule.deny with input as {"kind": "terraform", "resources": [queue("orders", {"name": "orders"}, [])]}
	count(findings) == 1
	some f in findings
	f.resource == "aws_sqs_queue.orders"
	f.path == ["redrive_policy"]
}

test_dlq_target_exempt_but_unrelated_queue_fails if {
	findings := rule.deny with input as {"kind": "terraform", "resources": [
		queue("orders_dlq", {"name": "orders-dlq"}, []),
		queue("orders", {"name": "orders", "redrive_policy": {"__unknown__": "jsonencode({ deadLetterTargetArn = aws_sqs_queue.orders_dlq.arn, maxReceiveCount = 5 })"}}, ["aws_sqs_queue.orders_dlq"]),
		queue("orders_dlq_old", {"name": "orders-dlq-old"}, []),
	]}
	{f.resource | some f in findings} == {"aws_sqs_queue.orders_dlq_old"}
}

test_literal_redrive_policy_exempts_target if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [
		queue("dlq", {"name": "jobs-dlq"}, []),
		queue("jobs", {"name": "jobs", "redrive_policy": "{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:123456789012:jobs-dlq\",\"maxReceiveCount\":3}"}, []),
	]}
}

test_redrive_resources_pass if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [
		queue("dlq", {"name": "dlq"}, []),
		queue("jobs", {"name": "jobs"}, []),
		resource("aws_sqs_queue_redrive_policy", "jobs", {
			"queue_url": {"__unknown__": "aws_sqs_queue.jobs.id", "__ref__": "aws_sqs_queue.jobs"},
			"redrive_policy": {"__unknown__": "jsonencode({ deadLetterTargetArn = aws_sqs_queue.dlq.arn, maxReceiveCount = 4 })"},
		}, ["aws_sqs_queue.jobs", "aws_sqs_queue.dlq"]),
	]}
}

test_redrive_allow_policy_marks_dlq if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [queue("dlq", {"name": "dlq", "redrive_allow_policy": "{\"redrivePermission\":\"allowAll\"}"}, [])]}
	count(rule.deny) == 1 with input as {"kind": "terraform", "resources": [queue("q", {"name": "q", "redrive_allow_policy": "{\"redrivePermission\":\"denyAll\"}"}, [])]}
}

test_lambda_dead_letter_target_exempt if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [
		queue("failures[0]", {"name": "failures"}, []),
		resource("aws_lambda_function", "worker", {"function_name": "worker", "dead_letter_config": [{"target_arn": {"__unknown__": "aws_sqs_queue.failures[0].arn", "__ref__": "aws_sqs_queue.failures"}}]}, ["aws_sqs_queue.failures"]),
	]}
}

test_source_queue_named_in_allow_policy_still_fails if {
	findings := rule.deny with input as {"kind": "terraform", "resources": [
		queue("dlq", {"name": "dlq", "redrive_allow_policy": {"__unknown__": "jsonencode({ redrivePermission = \"byQueue\", sourceQueueArns = [aws_sqs_queue.orders.arn] })"}}, ["aws_sqs_queue.orders"]),
		queue("orders", {"name": "orders"}, []),
	]}
	{f.resource | some f in findings} == {"aws_sqs_queue.orders"}
}

test_unknown_redrive_not_reported if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [queue("q", {"name": "q", "redrive_policy": {"__unknown__": "var.redrive_policy"}}, [])]}
}
