package tollgate.terraform.kms_key_policy_wildcard_test

import rego.v1

import data.tollgate.terraform.kms_key_policy_wildcard as rule

resource(type, name, attrs) := {
	"address": sprintf("%s.%s", [type, name]),
	"type": type,
	"name": name,
	"mode": "managed",
	"attributes": attrs,
	"refs": [],
}

policy(statement) := json.marshal({"Version": "2012-10-17", "Statement": [statement]})

test_any_principal_fails if {
	findings := rule.deny with input as {"kind": "terraform", "resources": [resource("aws_kms_key", "a", {"policy": policy({"Effect": "Allow", "Principal": "*", "Action": "kms:Decrypt", "Resource": "*"})})]}
	count(findings) == 1
	some f in findings
	f.resource == "aws_kms_key.a"
	f.path == ["policy"]
}

test_aws_star_object_policy_fails if {
	findings := rule.deny with input as {"kind": "terraform", "resources": [resource("aws_kms_key_policy", "b", {"policy": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": ["*"]}, "Action": "kms:Decrypt", "Resource": "*"}]}})]}
	count(findings) == 1
	some f in findings
	f.path == ["policy", "Statement", 0]
}

test_policy_document_fails if {
	count(rule.deny) == 1 with input as {"kind": "terraform", "resources": [
		{"address": "data.aws_iam_policy_document.p[0]", "type": "aws_iam_policy_document", "name": "p", "mode": "data", "refs": [], "attributes": {"statement": [
			{"actions": ["kms:Decrypt"], "resources": ["*"], "principals": [{"type": "*", "identifiers": ["*"]}]},
		]}},
		resource("aws_kms_key_policy", "b", {"policy": {"__unknown__": "data.aws_iam_policy_document.p[0].json", "__ref__": "data.aws_iam_policy_document.p"}}),
	]}
}

test_condition_and_deny_pass if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [
		resource("aws_kms_key", "a", {"policy": policy({"Effect": "Allow", "Principal": "*", "Action": "kms:Decrypt", "Resource": "*", "Condition": {"StringEquals": {"kms:CallerAccount": "123456789012", "kms:ViaService": "ec2.eu-west-1.amazonaws.com"}}})}),
		resource("aws_kms_key_policy", "b", {"policy": policy({"Effect": "Deny", "Principal": "*", "Action": "*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}})}),
		resource("aws_kms_key_policy", "c", {"policy": policy({"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "kms:Decrypt", "Resource": "*"})}),
	]}
}

test_unknowns_not_reported if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [
		resource("aws_kms_key", "a", {"policy": {"__unknown__": "var.policy"}}),
		resource("aws_kms_key_policy", "b", {"policy": {"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "kms:Decrypt", "Resource": "*", "Condition": {"__unknown__": "var.condition"}}]}}),
		{"address": "data.aws_iam_policy_document.unused", "type": "aws_iam_policy_document", "name": "unused", "mode": "data", "refs": [], "attributes": {"statement": [{"principals": [{"type": "AWS", "identifiers": ["*"]}]}]}},
	]}
}
