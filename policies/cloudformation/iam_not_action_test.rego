package tollgate.cloudformation.iam_not_action_test

import rego.v1

import data.tollgate.cloudformation.iam_not_action as rule

resource(type, props) := {"address": "Res", "type": type, "name": "Res", "attributes": props, "refs": []}

test_managed_policy_fails if {
	findings := rule.deny with input as {"kind": "cloudformation", "resources": [resource("AWS::IAM::ManagedPolicy", {"PolicyDocument": {"Statement": [{"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"}]}})]}
	count(findings) == 1
	some f in findings
	f.path == ["PolicyDocument", "Statement", 0]
}

test_group_inline_policy_fails if {
	count(rule.deny) == 1 with input as {"kind": "cloudformation", "resources": [resource("AWS::IAM::Group", {"Policies": [{"PolicyName": "power", "PolicyDocument": json.marshal({"Statement": [{"Effect": "Allow", "NotAction": ["iam:*"], "Resource": "*"}]})}]})]}
}

test_deny_not_action_passes if {
	count(rule.deny) == 0 with input as {"kind": "cloudformation", "resources": [resource("AWS::IAM::ManagedPolicy", {"PolicyDocument": {"Statement": [
		{"Effect": "Deny", "NotAction": ["iam:*", "sts:*"], "Resource": "*"},
		{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"},
	]}})]}
}

test_conditional_not_action_not_reported if {
	count(rule.deny) == 0 with input as {"kind": "cloudformation", "resources": [resource("AWS::IAM::ManagedPolicy", {"PolicyDocument": {"Statement": [{"Effect": "Allow", "NotAction": {"__unknown__": "Fn::If [\"Power\",\"iam:*\",{\"Ref\":\"AWS::NoValue\"}]"}, "Action": "s3:GetObject", "Resource": "*"}]}})]}
}
