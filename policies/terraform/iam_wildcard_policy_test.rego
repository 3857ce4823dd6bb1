package tollgate.terraform.iam_wildcard_policy_test

import rego.v1

import data.tollgate.terraform.iam_wildcard_policy as iam

resource(type, mode, attrs) := {
	"address": sprintf("%s.this", [type]),
	"type": type,
	"name": "this",
	"mode": mode,
	"attributes": attrs,
	"refs": [],
}

admin_json := `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}`

test_policy_json_string_fails if {
	findings := iam.deny with input as {"kind": "terraform", "resources": [resource("aws_iam_policy", "managed", {"name": "admin", "policy": admin_json})]}
	count(findings) == 1
	some f in findings
	f.path == ["policy"]
}

test_role_policy_action_list_fails if {
	count(iam.deny) == 1 with input as {"kind": "terraform", "resources": [resource("aws_iam_role_policy", "managed", {
		"role": "app",
		"policy": json.marshal({"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": ["s3:GetObject", "*"], "Resource": ["*"]}}),
	})]}
}

test_policy_document_data_source_fails if {
	findings := iam.deny with input as {"kind": "terraform", "resources": [resource("aws_iam_policy_document", "data", {"statement": [
		{"actions": ["s3:GetObject"], "resources": ["arn:aws:s3:::data/*"]},
		{"actions": ["*"], "resources": ["*"]},
	]})]}
	count(findings) == 1
	some f in findings
	f.path == ["statement", 1]
}

test_role_inline_policy_fails if {
	count(iam.deny) == 1 with input as {"kind": "terraform", "resources": [resource("aws_iam_role", "managed", {"name": "app", "inline_policy": [{"name": "admin", "policy": admin_json}]})]}
}

test_scoped_policy_passes if {
	count(iam.deny) == 0 with input as {"kind": "terraform", "resources": [
		resource("aws_iam_policy", "managed", {"policy": `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"},{"Effect":"Deny","Action":"*","Resource":"*"}]}`}),
		resource("aws_iam_policy_document", "data", {"statement": [{"effect": "Allow", "actions": ["*"], "resources": ["arn:aws:s3:::data/*"]}]}),
	]}
}

test_unknown_policy_not_reported if {
	count(iam.deny) == 0 with input as {"kind": "terraform", "resources": [
		resource("aws_iam_policy", "managed", {"policy": {"__unknown__": "data.aws_iam_policy_document.app.json", "__ref__": "data.aws_iam_policy_document.app"}}),
		resource("aws_iam_policy_document", "data", {"statement": [{"actions": [{"__unknown__": "var.action"}], "resources": ["*"]}]}),
	]}
}
