package tollgate.aws.iam_unused_credentials_test

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

test_stale_password_and_key_fail if {
	findings := data.tollgate.aws.iam_unused_credentials.deny with input as doc([
		row("alice", {"password_enabled": true, "password_last_used": "2026-09-01T08:00:00+00:00", "mfa_active": true}),
		row("ci", {"access_key_1_active": true, "access_key_1_last_rotated": "2026-09-01T08:00:00+00:00", "access_key_1_last_used_date": "2026-10-01T08:00:00+00:00"}),
	])
	{[f.resource, f.path] | some f in findings} == {
		["arn:aws:iam::111111111111:user/alice", ["configuration", "password_last_used"]],
		["arn:aws:iam::111111111111:user/ci", ["configuration", "access_key_1_last_used_date"]],
	}
}

test_never_used_old_credentials_fail if {
	findings := data.tollgate.aws.iam_unused_credentials.deny with input as doc([
		row("bob", {"password_enabled": true, "password_last_used": "no_information", "password_last_changed": "2026-01-10T08:00:00+00:00"}),
		row("cd", {"access_key_2_active": true, "access_key_2_last_rotated": "2026-02-01T08:00:00+00:00", "access_key_2_last_used_date": null}),
	])
	{f.path | some f in findings} == {["configuration", "password_last_used"], ["configuration", "access_key_2_last_used_date"]}
}

test_recent_and_new_credentials_pass if {
	count(data.tollgate.aws.iam_unused_credentials.deny) == 0 with input as doc([
		# Used recently.
		row("alice", {"password_enabled": true, "password_last_used": "2026-11-24T08:00:00+00:00", "access_key_1_active": true, "access_key_1_last_rotated": "2025-01-01T00:00:00+00:00", "access_key_1_last_used_date": "2026-11-20T00:00:00+00:00"}),
		# An old user given a password and a key last week, not used yet.
		row("bob", {"password_enabled": true, "password_last_used": null, "password_last_changed": "2026-11-18T08:00:00+00:00", "access_key_1_active": true, "access_key_1_last_rotated": "2026-11-18T08:00:00+00:00"}),
		# Old, unused, but disabled.
		row("carol", {"password_enabled": false, "password_last_used": "2025-01-01T00:00:00+00:00", "access_key_1_active": false, "access_key_1_last_used_date": "2025-01-01T00:00:00+00:00"}),
		# Root credentials are other rules'.
		row("<root_account>", {"password_enabled": null, "password_last_used": "2025-01-01T00:00:00+00:00", "access_key_1_active": true, "access_key_1_last_used_date": "2025-01-01T00:00:00+00:00"}),
	])
}

test_boundary_and_missing_dates if {
	# 44 days and 23 hours: not yet; exactly 45 days: reported.
	count(data.tollgate.aws.iam_unused_credentials.deny) == 0 with input as doc([row("a", {"password_enabled": true, "password_last_used": "2026-10-11T03:00:00+00:00"})])
	count(data.tollgate.aws.iam_unused_credentials.deny) == 1 with input as doc([row("a", {"password_enabled": true, "password_last_used": "2026-10-11T02:00:00+00:00"})])
	# Never used, no creation dates at all: nothing to measure from.
	count(data.tollgate.aws.iam_unused_credentials.deny) == 0 with input as doc([row("b", {"password_enabled": "true", "user_creation_time": null, "access_key_1_active": true})])
	# Never used, falls back to the user's creation.
	count(data.tollgate.aws.iam_unused_credentials.deny) == 1 with input as doc([row("c", {"password_enabled": "true", "password_last_changed": "N/A"})])
}
