package tollgate.cloudformation.sns_public_policy_test

import rego.v1

import data.tollgate.cloudformation.sns_public_policy as rule

resource(statements) := {"address": "Res", "type": "AWS::SNS::TopicPolicy", "name": "Res", "attributes": {"PolicyDocument": {"Version": "2012-10-17", "Statement": statements}}, "refs": []}

test_any_principal_fails if {
	findings := rule.deny with input as {"kind": "cloudformation", "resources": [resource([
		{"Effect": "Allow", "Principal": {"Service": "cloudtrail.amazonaws.com"}, "Action": "sns:Publish", "Resource": "*"},
		{"Effect": "Allow", "Principal": "*", "Action": "sns:Publish", "Resource": "*"},
	])]}
	count(findings) == 1
	some f in findings
	f.path == ["PolicyDocument", "Statement", 1]
}

test_aws_star_fails if {
	count(rule.deny) == 1 with input as {"kind": "cloudformation", "resources": [resource([{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": ["sns:Publish"], "Resource": "*"}])]}
}

test_condition_passes if {
	count(rule.deny) == 0 with input as {"kind": "cloudformation", "resources": [resource([
		{"Effect": "Allow", "Principal": "*", "Action": "sns:Publish", "Resource": "*", "Condition": {"StringEquals": {"aws:SourceAccount": "123456789012"}}},
		{"Effect": "Deny", "Principal": "*", "Action": "*", "Resource": "*"},
	])]}
}

test_unknown_principal_not_reported if {
	count(rule.deny) == 0 with input as {"kind": "cloudformation", "resources": [resource([{"Effect": "Allow", "Principal": {"AWS": {"__unknown__": "Fn::Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:root"}}, "Action": "sns:Publish", "Resource": "*"}])]}
}
