package tollgate.aws.iam_root_mfa_test

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

test_root_without_mfa_fails if {
	findings := data.tollgate.aws.iam_root_mfa.deny with input as doc([
		row("<root_account>", {"password_enabled": null, "mfa_active": false}),
		summary({"AccountMFAEnabled": 0, "Users": 2}),
	])
	count(findings) == 1
	some f in findings
	f.resource == "arn:aws:iam::111111111111:root"
	f.path == ["configuration", "mfa_active"]
}

test_root_with_mfa_passes_whatever_users_have if {
	count(data.tollgate.aws.iam_root_mfa.deny) == 0 with input as doc([
		row("<root_account>", {"password_enabled": null, "mfa_active": true}),
		row("alice", {"password_enabled": true, "mfa_active": false}),
		summary({"AccountMFAEnabled": 1}),
	])
}

test_string_report_value_fails if {
	count(data.tollgate.aws.iam_root_mfa.deny) == 1 with input as doc([row("<root_account>", {"mfa_active": "false"})])
}

test_summary_without_root_row_fails if {
	findings := data.tollgate.aws.iam_root_mfa.deny with input as doc([summary({"AccountMFAEnabled": "0", "Users": 3})])
	count(findings) == 1
	some f in findings
	f.path == ["configuration", "AccountMFAEnabled"]
}

test_summary_with_mfa_or_missing_passes if {
	count(data.tollgate.aws.iam_root_mfa.deny) == 0 with input as doc([
		summary({"AccountMFAEnabled": 1}),
		summary({"Users": 3}),
		row("bob", {"mfa_active": false}),
		{"address": "arn:aws:iam::111111111111:root", "type": "Tollgate::IAM::Credential", "configuration": null},
	])
}
