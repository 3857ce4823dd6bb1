package tollgate.terraform.iam_password_policy_test

import rego.v1

import data.tollgate.terraform.iam_password_policy as rule

policy(attrs) := {"kind": "terraform", "resources": [{
	"address": "aws_iam_account_password_policy.this",
	"type": "aws_iam_account_password_policy",
	"name": "this",
	"mode": "managed",
	"attributes": attrs,
	"refs": [],
}]}

strong := {
	"minimum_password_length": 14,
	"require_symbols": true,
	"require_numbers": true,
	"require_uppercase_characters": true,
	"require_lowercase_characters": true,
	"password_reuse_prevention": 24,
}

test_weak_values_fail if {
	findings := rule.deny with input as policy(object.union(strong, {"minimum_password_length": 8, "require_symbols": false, "password_reuse_prevention": "5"}))
	{f.path | some f in findings} == {["minimum_password_length"], ["require_symbols"], ["password_reuse_prevention"]}
}

test_missing_attributes_fail if {
	findings := rule.deny with input as policy({"minimum_password_length": 16})
	{f.path | some f in findings} == {
		["require_symbols"], ["require_numbers"], ["require_uppercase_characters"],
		["require_lowercase_characters"], ["password_reuse_prevention"],
	}
}

test_strong_policy_passes if {
	count(rule.deny) == 0 with input as policy(object.union(strong, {"minimum_password_length": "20", "require_numbers": "true"}))
}

test_unknown_values_not_reported if {
	count(rule.deny) == 0 with input as policy(object.union(strong, {
		"minimum_password_length": {"__unknown__": "var.length"},
		"require_symbols": {"__unknown__": "var.symbols"},
	}))
}
