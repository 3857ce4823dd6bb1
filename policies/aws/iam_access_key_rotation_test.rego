package tollgate.aws.iam_access_key_rotation_test

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

test_old_active_key_fails if {
	findings := data.tollgate.aws.iam_access_key_rotation.deny with input as doc([row("ci", {
		"access_key_1_active": true, "access_key_1_last_rotated": "2026-05-01T08:00:00+00:00", "access_key_1_last_used_date": "2026-11-24T08:00:00+00:00",
		"access_key_2_active": true, "access_key_2_last_rotated": "2026-11-01T08:00:00+00:00",
	})])
	count(findings) == 1
	some f in findings
	f.path == ["configuration", "access_key_1_last_rotated"]
	contains(f.message, "207 days")
}

test_boundary_and_inactive_keys_pass if {
	# Exactly 90 days before collection is not more than 90 days.
	count(data.tollgate.aws.iam_access_key_rotation.deny) == 0 with input as doc([
		row("ci", {"access_key_1_active": true, "access_key_1_last_rotated": "2026-08-27T02:00:00+00:00"}),
		row("old", {"access_key_1_active": false, "access_key_1_last_rotated": "2020-01-01T00:00:00+00:00"}),
		row("<root_account>", {"access_key_1_active": true, "access_key_1_last_rotated": "2020-01-01T00:00:00+00:00"}),
	])
}

test_just_over_boundary_and_string_flag_fail if {
	count(data.tollgate.aws.iam_access_key_rotation.deny) == 1 with input as doc([
		row("ci", {"access_key_2_active": "true", "access_key_2_last_rotated": "2026-08-27T01:59:59+00:00"}),
	])
}

test_missing_dates_and_collected_at_pass if {
	count(data.tollgate.aws.iam_access_key_rotation.deny) == 0 with input as doc([
		row("ci", {"access_key_1_active": true, "access_key_1_last_rotated": "N/A"}),
		row("cd", {"access_key_1_active": true, "access_key_1_last_rotated": null}),
	])
	count(data.tollgate.aws.iam_access_key_rotation.deny) == 0 with input as object.remove(doc([
		row("ci", {"access_key_1_active": true, "access_key_1_last_rotated": "2020-01-01T00:00:00+00:00"}),
	]), ["collected_at"])
}
