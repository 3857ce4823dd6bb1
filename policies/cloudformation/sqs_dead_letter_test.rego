package tollgate.cloudformation.sqs_dead_letter_test

import rego.v1

import data.tollgate.cloudformation.sqs_dead_letter as rule

resource(address, type, props, refs) := {"address": address, "type": type, "name": address, "attributes": props, "refs": refs}

test_queue_without_dlq_fails if {
	findings := rule.deny with input as {"kind": "cloudformation", "resources": [resource("Orders", "AWS::SQS::Queue", {}, [])]}
	count(findings) == 1
	some f in findings
	f.path == ["RedrivePolicy"]
}

test_dlq_exempt if {
	findings := rule.deny with input as {"kind": "cloudformation", "resources": [
		resource("OrdersDlq", "AWS::SQS::Queue", {"MessageRetentionPeriod": 1209600}, []),
		resource("Orders", "AWS::SQS::Queue", {"RedrivePolicy": {"deadLetterTargetArn": {"__unknown__": "Fn::GetAtt [\"OrdersDlq\",\"Arn\"]", "__ref__": "OrdersDlq"}, "maxReceiveCount": 5}}, ["OrdersDlq"]),
		resource("Audit", "AWS::SQS::Queue", {}, []),
	]}
	{f.resource | some f in findings} == {"Audit"}
}

test_function_and_subscription_targets_exempt if {
	count(rule.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		resource("FunctionDlq", "AWS::SQS::Queue", {}, []),
		resource("SubscriptionDlq", "AWS::SQS::Queue", {}, []),
		resource("Worker", "AWS::Lambda::Function", {"DeadLetterConfig": {"TargetArn": {"__unknown__": "Fn::GetAtt [\"FunctionDlq\",\"Arn\"]", "__ref__": "FunctionDlq"}}}, ["FunctionDlq"]),
		resource("Subscription", "AWS::SNS::Subscription", {"RedrivePolicy": {"deadLetterTargetArn": {"__unknown__": "Fn::Sub arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:${SubscriptionDlq.QueueName}"}}}, ["SubscriptionDlq"]),
	]}
}

test_redrive_allow_policy_marks_dlq if {
	count(rule.deny) == 0 with input as {"kind": "cloudformation", "resources": [resource("Dlq", "AWS::SQS::Queue", {"RedriveAllowPolicy": {"redrivePermission": "allowAll"}}, [])]}
}

test_unknown_redrive_not_reported if {
	count(rule.deny) == 0 with input as {"kind": "cloudformation", "resources": [resource("Q", "AWS::SQS::Queue", {"RedrivePolicy": {"__unknown__": "Fn::If [\"HasDlq\",{},{}]"}}, [])]}
}
