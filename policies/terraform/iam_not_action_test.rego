package tollgate.terraform.iam_not_action_test

import rego.v1

import data.tollgate.terraform.iam_not_action as rule

resource(type, mode, attrs) := {
	"address": sprintf("%s.this", [type]),
	"type": type,
	"name": "this",
	"mode": mode,
	"attributes": attrs,
	"refs": [],
}

policy(statements) := json.marshal({"Version": "2012-10-17", "Statement": statements})

test_allow_not_action_fails if {
	findings := rule.deny with input as {"kind": "terraform", "resources": [resource("aws_iam_policy", "managed", {"policy": policy([{"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"}])})]}
	count(findings) == 1
	some f in findings
	f.path == ["policy"]
}

test_role_inline_and_document_fail if {
	findings := rule.deny with input as {"kind": "terraform", "resources": [
		resource("aws_iam_role", "managed", {"inline_policy": [{"name": "power", "policy": policy([{"Effect": "Allow", "NotAction": ["iam:*", "organizations:*"], "Resource": "*"}])}]}),
		resource("aws_iam_policy_document", "data", {"statement": [{"not_actions": ["iam:*"], "resources": ["*"]}]}),
	]}
	{f.path | some f in findings} == {["inline_policy", 0, "policy"], ["statement", 0, "not_actions"]}
}

test_deny_not_action_passes if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [
		resource("aws_iam_policy", "managed", {"policy": policy([
			{"Effect": "Allow", "Action": "s3:*", "Resource": "*"},
			{"Effect": "Deny", "NotAction": ["iam:*", "sts:*"], "Resource": "*", "Condition": {"StringNotEquals": {"aws:RequestedRegion": ["eu-west-1"]}}},
		])}),
		resource("aws_iam_policy_document", "data", {"statement": [{"effect": "Deny", "not_actions": ["iam:*"], "resources": ["*"]}]}),
	]}
}

test_unknown_not_reported if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [
		resource("aws_iam_policy_document", "data", {"statement": [
			{"not_actions": {"__unknown__": "var.excluded"}, "resources": ["*"]},
			{"effect": {"__unknown__": "var.effect"}, "not_actions": ["iam:*"], "resources": ["*"]},
		]}),
		resource("aws_iam_policy", "managed", {"policy": {"__unknown__": "var.policy"}}),
	]}
}
