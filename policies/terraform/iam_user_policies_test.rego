package tollgate.terraform.iam_user_policies_test

import rego.v1

import data.tollgate.terraform.iam_user_policies as rule

resource(type, name, attrs) := {
	"address": sprintf("%s.%s", [type, name]),
	"type": type,
	"name": name,
	"mode": "managed",
	"attributes": attrs,
	"refs": [],
}

test_user_inline_policy_fails if {
	findings := rule.deny with input as {"kind": "terraform", "resources": [resource("aws_iam_user_policy", "ci", {"user": "ci", "policy": "{}"})]}
	count(findings) == 1
	some f in findings
	f.resource == "aws_iam_user_policy.ci"
	f.path == ["user"]
}

test_user_policy_attachment_fails if {
	count(rule.deny) == 1 with input as {"kind": "terraform", "resources": [resource("aws_iam_user_policy_attachment", "ci", {
		"user": {"__unknown__": "aws_iam_user.ci.name", "__ref__": "aws_iam_user.ci"},
		"policy_arn": "arn:aws:iam::aws:policy/ReadOnlyAccess",
	})]}
}

test_policy_attachment_with_users_fails if {
	findings := rule.deny with input as {"kind": "terraform", "resources": [resource("aws_iam_policy_attachment", "deploy", {
		"name": "deploy",
		"users": ["alice", {"__unknown__": "aws_iam_user.ci.name", "__ref__": "aws_iam_user.ci"}],
		"groups": ["deployers"],
	})]}
	count(findings) == 1
	some f in findings
	f.path == ["users"]
}

test_group_and_role_attachments_pass if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [
		resource("aws_iam_policy_attachment", "deploy", {"name": "deploy", "users": [], "groups": ["deployers"], "roles": ["app"]}),
		resource("aws_iam_group_policy_attachment", "deployers", {"group": "deployers", "policy_arn": "arn:aws:iam::aws:policy/ReadOnlyAccess"}),
		resource("aws_iam_role_policy", "app", {"role": "app", "policy": "{}"}),
		resource("aws_iam_user_group_membership", "ci", {"user": "ci", "groups": ["deployers"]}),
	]}
}

test_unknown_users_not_reported if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [
		resource("aws_iam_policy_attachment", "a", {"name": "a", "users": {"__unknown__": "var.users"}}),
		resource("aws_iam_policy_attachment", "b", {"name": "b", "users": [{"__unknown__": "var.user"}]}),
	]}
}

test_data_source_not_reported if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [object.union(resource("aws_iam_user_policy", "x", {"user": "ci"}), {"mode": "data"})]}
}
