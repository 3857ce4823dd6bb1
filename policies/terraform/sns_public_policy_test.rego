package tollgate.terraform.sns_public_policy_test

import rego.v1

import data.tollgate.terraform.sns_public_policy as rule

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
	findings := rule.deny with input as {"kind": "terraform", "resources": [resource("aws_sns_topic", "a", {"policy": policy({"Effect": "Allow", "Principal": "*", "Action": "sns:Publish", "Resource": "*"})})]}
	count(findings) == 1
	some f in findings
	f.resource == "aws_sns_topic.a"
	f.path == ["policy"]
}

test_aws_star_object_policy_fails if {
	findings := rule.deny with input as {"kind": "terraform", "resources": [resource("aws_sns_topic_policy", "b", {"policy": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": ["*"]}, "Action": "sns:Publish", "Resource": "*"}]}})]}
	count(findings) == 1
	some f in findings
	f.path == ["policy", "Statement", 0]
}

test_policy_document_fails if {
	count(rule.deny) == 1 with input as {"kind": "terraform", "resources": [
		{"address": "data.aws_iam_policy_document.p[0]", "type": "aws_iam_policy_document", "name": "p", "mode": "data", "refs": [], "attributes": {"statement": [
			{"actions": ["sns:Publish"], "resources": ["*"], "principals": [{"type": "*", "identifiers": ["*"]}]},
		]}},
		resource("aws_sns_topic_policy", "b", {"policy": {"__unknown__": "data.aws_iam_policy_document.p[0].json", "__ref__": "data.aws_iam_policy_document.p"}}),
	]}
}

test_condition_and_deny_pass if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [
		resource("aws_sns_topic", "a", {"policy": policy({"Effect": "Allow", "Principal": "*", "Action": "sns:Publish", "Resource": "*", "Condition": {"StringEquals": {"aws:SourceAccount": "123456789012"}}})}),
		resource("aws_sns_topic_policy", "b", {"policy": policy({"Effect": "Deny", "Principal": "*", "Action": "*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}})}),
		resource("aws_sns_topic_policy", "c", {"policy": policy({"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "sns:Publish", "Resource": "*"})}),
	]}
}

test_unknowns_not_reported if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [
		resource("aws_sns_topic", "a", {"policy": {"__unknown__": "var.policy"}}),
		resource("aws_sns_topic_policy", "b", {"policy": {"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "sns:Publish", "Resource": "*", "Condition": {"__unknown__": "var.condition"}}]}}),
		{"address": "data.aws_iam_policy_document.unused", "type": "aws_iam_policy_document", "name": "unused", "mode": "data", "refs": [], "attributes": {"statement": [{"principals": [{"type": "AWS", "identifiers": ["*"]}]}]}},
	]}
}
