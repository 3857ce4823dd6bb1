package tollgate.terraform.iam_trust_wildcard_test

import rego.v1

import data.tollgate.terraform.iam_trust_wildcard as rule

role(name, policy) := {
	"address": sprintf("aws_iam_role.%s", [name]),
	"type": "aws_iam_role",
	"name": name,
	"mode": "managed",
	"attributes": {"name": name, "assume_role_policy": policy},
	"refs": [],
}

document(name, statements) := {
	"address": sprintf("data.aws_iam_policy_document.%s", [name]),
	"type": "aws_iam_policy_document",
	"name": name,
	"mode": "data",
	"attributes": {"statement": statements},
	"refs": [],
}

trust(statement) := json.marshal({"Version": "2012-10-17", "Statement": [statement]})

test_principal_star_fails if {
	findings := rule.deny with input as {"kind": "terraform", "resources": [role("open", trust({"Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole"}))]}
	count(findings) == 1
	some f in findings
	f.resource == "aws_iam_role.open"
	f.path == ["assume_role_policy"]
}

test_aws_star_in_list_fails if {
	count(rule.deny) == 1 with input as {"kind": "terraform", "resources": [role("open", trust({"Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::123456789012:root", "*"]}, "Action": "sts:AssumeRole"}))]}
}

test_policy_document_fails if {
	count(rule.deny) == 1 with input as {"kind": "terraform", "resources": [
		document("assume", [{"actions": ["sts:AssumeRole"], "principals": [{"type": "AWS", "identifiers": ["*"]}]}]),
		role("open", {"__unknown__": "data.aws_iam_policy_document.assume.json", "__ref__": "data.aws_iam_policy_document.assume"}),
	]}
}

test_condition_passes if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [
		role("partner", trust({"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc123"}}})),
		document("assume", [{"actions": ["sts:AssumeRole"], "principals": [{"type": "AWS", "identifiers": ["*"]}], "condition": [{"test": "StringEquals", "variable": "sts:ExternalId", "values": ["x"]}]}]),
		role("external", {"__unknown__": "data.aws_iam_policy_document.assume.json", "__ref__": "data.aws_iam_policy_document.assume"}),
	]}
}

test_service_and_deny_pass if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [
		role("app", trust({"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"})),
		role("deny", trust({"Effect": "Deny", "Principal": "*", "Action": "sts:AssumeRole"})),
	]}
}

test_unused_document_and_unknowns_not_reported if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [
		document("unused", [{"actions": ["sts:AssumeRole"], "principals": [{"type": "*", "identifiers": ["*"]}]}]),
		role("a", {"__unknown__": "var.trust"}),
		role("b", {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": {"__unknown__": "var.principal"}}, "Action": "sts:AssumeRole"}]}),
	]}
}
