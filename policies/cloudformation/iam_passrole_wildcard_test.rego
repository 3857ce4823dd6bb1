package tollgate.cloudformation.iam_passrole_wildcard_test

import rego.v1

import data.tollgate.cloudformation.iam_passrole_wildcard as rule

resource(type, props) := {"address": "Res", "type": type, "name": "Res", "attributes": props, "refs": []}

test_managed_policy_fails if {
	findings := rule.deny with input as {"kind": "cloudformation", "resources": [resource("AWS::IAM::ManagedPolicy", {"PolicyDocument": {"Statement": [
		{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"},
		{"Effect": "Allow", "Action": ["iam:PassRole"], "Resource": "*"},
	]}})]}
	count(findings) == 1
	some f in findings
	f.path == ["PolicyDocument", "Statement", 1]
}

test_role_inline_policy_fails if {
	findings := rule.deny with input as {"kind": "cloudformation", "resources": [resource("AWS::IAM::Role", {"Policies": [{"PolicyName": "p", "PolicyDocument": {"Statement": {"Effect": "Allow", "Action": "iam:*", "Resource": "arn:aws:iam::*:role/*"}}}]})]}
	count(findings) == 1
	some f in findings
	f.path == ["Policies", 0, "PolicyDocument", "Statement"]
}

test_scoped_pass_role_passes if {
	count(rule.deny) == 0 with input as {"kind": "cloudformation", "resources": [resource("AWS::IAM::RolePolicy", {"RoleName": "app", "PolicyDocument": {"Statement": [
		{"Effect": "Allow", "Action": "iam:PassRole", "Resource": {"__unknown__": "Fn::GetAtt [\"TaskRole\",\"Arn\"]", "__ref__": "TaskRole"}},
		{"Effect": "Allow", "Action": "iam:GetRole", "Resource": "*"},
	]}})]}
}

test_unknown_resource_not_reported if {
	count(rule.deny) == 0 with input as {"kind": "cloudformation", "resources": [resource("AWS::IAM::Policy", {"PolicyDocument": {"Statement": [{"Effect": "Allow", "Action": "iam:PassRole", "Resource": {"__unknown__": "Ref RoleArn"}}]}})]}
}
