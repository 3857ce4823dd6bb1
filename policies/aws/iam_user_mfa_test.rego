package tollgate.aws.iam_user_mfa_test

import rego.v1

doc(resources) := {
	"kind": "aws", "path": "aws/111111111111/global",
	"account": "111111111111", "region": "global", "partition": "aws",
	"collected_at": "2026-11-25T02:00:00Z",
	"resources": resources,
}

# row(user, columns) is a credential report row: a user with nothing, overridden by columns.
row(name, columns) := {
	"address": arn(name), "type": "Tollgate::IAM::Credential",
	"id": name, "name": name, "arn": arn(name),
	"account": "111111111111", "region": "global", "tags": {},
	"configuration": object.union({
		"user": name, "arn": arn(name), "user_creation_time": "2024-03-01T10:00:00+00:00",
		"password_enabled": false, "password_last_used": null, "password_last_changed": null,
		"password_next_rotation": null, "mfa_active": false,
		"access_key_1_active": false, "access_key_1_last_rotated": null,
		"access_key_1_last_used_date": null, "access_key_1_last_used_region": null,
		"access_key_1_last_used_service": null,
		"access_key_2_active": false, "access_key_2_last_rotated": null,
		"access_key_2_last_used_date": null, "access_key_2_last_used_region": null,
		"access_key_2_last_used_service": null,
		"cert_1_active": false, "cert_1_last_rotated": null, "cert_2_active": false, "cert_2_last_rotated": null,
	}, columns),
	"supplementary": {}, "relationships": [],
}

arn(name) := "arn:aws:iam::111111111111:root" if name == "<root_account>"

arn(name) := sprintf("arn:aws:iam::111111111111:user/%s", [name]) if name != "<root_account>"

summary(configuration) := {
	"address": "arn:aws:iam::111111111111:account-summary", "type": "Tollgate::IAM::AccountSummary",
	"id": "account-summary", "name": "account-summary", "arn": "arn:aws:iam::111111111111:account-summary",
	"account": "111111111111", "region": "global", "tags": {},
	"configuration": configuration, "supplementary": {}, "relationships": [],
}

test_console_user_without_mfa_fails if {
	findings := data.tollgate.aws.iam_user_mfa.deny with input as doc([
		row("alice", {"password_enabled": true, "password_last_used": "2026-11-20T09:00:00+00:00", "mfa_active": false}),
		row("bob", {"password_enabled": true, "mfa_active": true}),
	])
	count(findings) == 1
	some f in findings
	f.resource == "arn:aws:iam::111111111111:user/alice"
	f.path == ["configuration", "mfa_active"]
}

test_programmatic_user_and_root_pass if {
	count(data.tollgate.aws.iam_user_mfa.deny) == 0 with input as doc([
		row("ci", {"password_enabled": false, "mfa_active": false, "access_key_1_active": true}),
		row("<root_account>", {"password_enabled": null, "mfa_active": false}),
	])
}

test_string_values_and_unknown if {
	count(data.tollgate.aws.iam_user_mfa.deny) == 1 with input as doc([
		row("carol", {"password_enabled": "true", "mfa_active": "false"}),
		row("dave", {"password_enabled": true, "mfa_active": null}),
		{"address": "arn:aws:iam::111111111111:user/eve", "type": "Tollgate::IAM::Credential", "configuration": null},
	])
}
