package tollgate.aws.iam_password_policy_test

import rego.v1

doc(resources) := {
	"kind": "aws", "path": "aws/111111111111/global",
	"account": "111111111111", "region": "global", "partition": "aws",
	"collected_at": "2026-11-25T02:00:00Z",
	"resources": resources,
}

password_policy(configuration) := {
	"address": "arn:aws:iam::111111111111:account-password-policy",
	"type": "Tollgate::IAM::PasswordPolicy",
	"id": "account-password-policy", "name": "account-password-policy",
	"arn": "arn:aws:iam::111111111111:account-password-policy",
	"account": "111111111111", "region": "global", "tags": {},
	"configuration": configuration, "supplementary": {}, "relationships": [],
}

strong := {
	"present": true, "minimumPasswordLength": 14, "requireSymbols": true, "requireNumbers": true,
	"requireUppercaseCharacters": true, "requireLowercaseCharacters": true,
	"maxPasswordAge": 90, "passwordReusePrevention": 24, "allowUsersToChangePassword": true, "hardExpiry": false,
}

test_absent_policy_fails if {
	findings := data.tollgate.aws.iam_password_policy.deny with input as doc([password_policy({"present": false})])
	count(findings) == 1
	some f in findings
	f.path == ["configuration", "present"]
}

test_weak_policy_fails if {
	findings := data.tollgate.aws.iam_password_policy.deny with input as doc([password_policy(object.union(strong, {"minimumPasswordLength": 8, "requireSymbols": false, "passwordReusePrevention": null}))])
	{f.path | some f in findings} == {
		["configuration", "minimumPasswordLength"],
		["configuration", "requireSymbols"],
		["configuration", "passwordReusePrevention"],
	}
}

test_strong_policy_passes if {
	count(data.tollgate.aws.iam_password_policy.deny) == 0 with input as doc([password_policy(strong)])
}

test_string_values_and_missing_keys if {
	findings := data.tollgate.aws.iam_password_policy.deny with input as doc([password_policy({
		"present": "true", "minimumPasswordLength": "16", "requireSymbols": "true", "requireNumbers": "false",
		"requireUppercaseCharacters": true, "passwordReusePrevention": "24",
	})])
	{f.path | some f in findings} == {["configuration", "requireNumbers"], ["configuration", "requireLowercaseCharacters"]}
}

test_no_item_or_other_types_pass if {
	count(data.tollgate.aws.iam_password_policy.deny) == 0 with input as doc([
		{"address": "arn:aws:iam::111111111111:user/a", "type": "AWS::IAM::User", "configuration": {"present": false}},
		{"address": "arn:aws:iam::111111111111:account-password-policy", "type": "Tollgate::IAM::PasswordPolicy", "configuration": null},
	])
}
