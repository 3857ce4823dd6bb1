package tollgate.aws.iam_root_access_keys_test

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

test_root_active_keys_fail if {
	findings := data.tollgate.aws.iam_root_access_keys.deny with input as doc([
		row("<root_account>", {"mfa_active": true, "access_key_1_active": true, "access_key_1_last_rotated": "2019-05-01T08:00:00+00:00", "access_key_2_active": true, "access_key_2_last_rotated": "2025-05-01T08:00:00+00:00"}),
		summary({"AccountAccessKeysPresent": 1}),
	])
	{f.path | some f in findings} == {["configuration", "access_key_1_active"], ["configuration", "access_key_2_active"]}
}

test_inactive_root_key_and_user_keys_pass if {
	count(data.tollgate.aws.iam_root_access_keys.deny) == 0 with input as doc([
		row("<root_account>", {"mfa_active": true, "access_key_1_active": false, "access_key_1_last_rotated": "2019-05-01T08:00:00+00:00"}),
		row("ci", {"access_key_1_active": true, "access_key_1_last_rotated": "2026-10-01T08:00:00+00:00"}),
		summary({"AccountAccessKeysPresent": 0}),
	])
}

test_string_report_value_fails if {
	count(data.tollgate.aws.iam_root_access_keys.deny) == 1 with input as doc([row("<root_account>", {"access_key_2_active": "TRUE"})])
}

test_summary_without_root_row if {
	count(data.tollgate.aws.iam_root_access_keys.deny) == 1 with input as doc([summary({"AccountAccessKeysPresent": "1"})])
	count(data.tollgate.aws.iam_root_access_keys.deny) == 0 with input as doc([summary({"AccountAccessKeysPresent": 0}), summary(null)])
}
