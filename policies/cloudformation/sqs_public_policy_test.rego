package tollgate.cloudformation.sqs_public_policy_test

import rego.v1

import data.tollgate.cloudformation.sqs_public_policy as rule

resource(statements) := {"address": "Res", "type": "AWS::SQS::QueuePolicy", "name": "Res", "attributes": {"PolicyDocument": {"Version": "2012-10-17", "Statement": statements}}, "refs": []}

test_any_principal_fails if {
	findings := rule.deny with input as {"kind": "cloudformation", "resources": [resource([
		{"Effect": "Allow", "Principal": {"Service": "cloudtrail.amazonaws.com"}, "Action": "sqs:SendMessage", "Resource": "*"},
		{"Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage", "Resource": "*"},
	])]}
	count(findings) == 1
	some f in findings
	f.path == ["PolicyDocument", "Statement", 1]
}

test_aws_star_fails if {
	count(rule.deny) == 1 with input as {"kind": "cloudformation", "resources": [resource([{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": ["sqs:SendMessage"], "Resource": "*"}])]}
}

test_condition_passes if {
	count(rule.deny) == 0 with input as {"kind": "cloudformation", "resources": [resource([
		{"Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage", "Resource": "*", "Condition": {"ArnEquals": {"aws:SourceArn": "arn:aws:sns:eu-west-1:123456789012:orders"}}},
		{"Effect": "Deny", "Principal": "*", "Action": "*", "Resource": "*"},
	])]}
}

test_unknown_principal_not_reported if {
	count(rule.deny) == 0 with input as {"kind": "cloudformation", "resources": [resource([{"Effect": "Allow", "Principal": {"AWS": {"__unknown__": "Fn::Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:root"}}, "Action": "sqs:SendMessage", "Resource": "*"}])]}
}
