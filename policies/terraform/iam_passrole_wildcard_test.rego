package tollgate.terraform.iam_passrole_wildcard_test

import rego.v1

import data.tollgate.terraform.iam_passrole_wildcard as rule

resource(type, mode, attrs) := {
	"address": sprintf("%s.this", [type]),
	"type": type,
	"name": "this",
	"mode": mode,
	"attributes": attrs,
	"refs": [],
}

policy(statements) := json.marshal({"Version": "2012-10-17", "Statement": statements})

test_pass_role_on_every_role_fails if {
	findings := rule.deny with input as {"kind": "terraform", "resources": [resource("aws_iam_policy", "managed", {"policy": policy([{"Effect": "Allow", "Action": ["ecs:RunTask", "iam:PassRole"], "Resource": "*"}])})]}
	count(findings) == 1
	some f in findings
	f.path == ["policy"]
}

test_iam_wildcard_and_role_arn_wildcard_fail if {
	count(rule.deny) == 2 with input as {"kind": "terraform", "resources": [
		resource("aws_iam_role_policy", "managed", {"policy": policy([{"Effect": "Allow", "Action": "iam:*", "Resource": "*"}])}),
		resource("aws_iam_group_policy", "managed", {"policy": policy([{"Effect": "Allow", "Action": "IAM:Pass*", "Resource": "arn:aws:iam::123456789012:role/*"}])}),
	]}
}

test_role_inline_policy_fails if {
	findings := rule.deny with input as {"kind": "terraform", "resources": [resource("aws_iam_role", "managed", {"inline_policy": [{"name": "pass", "policy": policy([{"Effect": "Allow", "Action": "iam:PassRole", "Resource": ["*"]}])}]})]}
	count(findings) == 1
	some f in findings
	f.path == ["inline_policy", 0, "policy"]
}

test_policy_document_fails if {
	findings := rule.deny with input as {"kind": "terraform", "resources": [resource("aws_iam_policy_document", "data", {"statement": [
		{"actions": ["iam:GetRole"], "resources": ["*"]},
		{"effect": "Allow", "actions": ["iam:PassRole"], "resources": ["*"], "condition": [{"test": "StringEquals", "variable": "iam:PassedToService", "values": ["ec2.amazonaws.com"]}]},
	]})]}
	count(findings) == 1
	some f in findings
	f.path == ["statement", 1]
}

test_scoped_pass_role_passes if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [
		resource("aws_iam_policy", "managed", {"policy": policy([
			{"Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::123456789012:role/app-task"},
			{"Effect": "Allow", "Action": ["iam:GetRole", "iam:List*"], "Resource": "*"},
			{"Effect": "Deny", "Action": "iam:PassRole", "Resource": "*"},
		])}),
		resource("aws_iam_policy_document", "data", {"statement": [{"actions": ["iam:PassRole"], "resources": [{"__unknown__": "aws_iam_role.app.arn", "__ref__": "aws_iam_role.app"}]}]}),
	]}
}

test_admin_statement_left_to_iam_001 if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [resource("aws_iam_policy", "managed", {"policy": policy([{"Effect": "Allow", "Action": "*", "Resource": "*"}])})]}
}

test_unknown_not_reported if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [
		resource("aws_iam_policy", "managed", {"policy": {"__unknown__": "data.aws_iam_policy_document.x.json", "__ref__": "data.aws_iam_policy_document.x"}}),
		resource("aws_iam_policy_document", "data", {"statement": [{"actions": [{"__unknown__": "var.action"}], "resources": ["*"]}]}),
	]}
}
