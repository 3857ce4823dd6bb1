# METADATA
# title: Credentials unused for 45 days are disabled
# description: A console password or access key nobody has used for 45 days is very likely not needed, but still works for whoever finds it. Disable it. Read from the IAM credential report, measured from when the account was swept; a credential never used counts from when it was created (password_last_changed or user_creation_time, access_key_N_last_rotated). Root credentials are TG-AWS-IAM-007 and TG-AWS-IAM-008.
# custom:
#   id: TG-AWS-IAM-011
#   severity: medium
#   dimension: security
#   kinds: [aws]
#   frameworks: {cis-aws-foundations: ["1.12"], nist-800-53: ["AC-2"]}
#   remediation: |
#     Remove the console password, or deactivate the access key, of the user:
#       aws iam delete-login-profile --user-name alice
#       aws iam update-access-key --user-name ci --access-key-id AKIA... --status Inactive
#     Delete the key once nothing breaks, and the user if it is no longer needed. Remove the
#     credential from the code that deploys it too (Terraform aws_iam_user_login_profile,
#     aws_iam_access_key; CloudFormation AWS::IAM::AccessKey, LoginProfile) so it is not recreated.
package tollgate.aws.iam_unused_credentials

import rego.v1

max_unused_days := 45

# A console password not used since its last sign-in.
deny contains finding if {
	some r in rows
	not root(r)
	truthy(object.get(r.configuration, "password_enabled", null))
	last := object.get(r.configuration, "password_last_used", null)
	t := date_ns(last)
	now_ns - t >= max_unused_days * day_ns
	finding := {
		"resource": r.address,
		"path": ["configuration", "password_last_used"],
		"message": sprintf("IAM user %s has not signed in with its console password for %d days (last on %s).", [user(r), days(t), day(last)]),
	}
}

# A console password never used.
deny contains finding if {
	some r in rows
	not root(r)
	truthy(object.get(r.configuration, "password_enabled", null))
	not date_ns(object.get(r.configuration, "password_last_used", null))
	since := password_created(r.configuration)
	t := date_ns(since)
	now_ns - t >= max_unused_days * day_ns
	finding := {
		"resource": r.address,
		"path": ["configuration", "password_last_used"],
		"message": sprintf("IAM user %s has never signed in with the console password it has had for %d days (since %s).", [user(r), days(t), day(since)]),
	}
}

# An active access key not used since its last use.
deny contains finding if {
	some r in rows
	not root(r)
	some n in ["1", "2"]
	truthy(object.get(r.configuration, sprintf("access_key_%s_active", [n]), null))
	column := sprintf("access_key_%s_last_used_date", [n])
	last := object.get(r.configuration, column, null)
	t := date_ns(last)
	now_ns - t >= max_unused_days * day_ns
	finding := {
		"resource": r.address,
		"path": ["configuration", column],
		"message": sprintf("Access key %s of IAM user %s is active but has not been used for %d days (last on %s).", [n, user(r), days(t), day(last)]),
	}
}

# An active access key never used.
deny contains finding if {
	some r in rows
	not root(r)
	some n in ["1", "2"]
	truthy(object.get(r.configuration, sprintf("access_key_%s_active", [n]), null))
	column := sprintf("access_key_%s_last_used_date", [n])
	not date_ns(object.get(r.configuration, column, null))
	since := key_created(r.configuration, n)
	t := date_ns(since)
	now_ns - t >= max_unused_days * day_ns
	finding := {
		"resource": r.address,
		"path": ["configuration", column],
		"message": sprintf("Access key %s of IAM user %s is active but has never been used in the %d days since %s.", [n, user(r), days(t), day(since)]),
	}
}

# password_created(c) is when the password was last set, or else when the user was created.
password_created(c) := x if {
	x := c.password_last_changed
	date_ns(x)
} else := c.user_creation_time

# key_created(c, n) is when access key n was created or last rotated, or else when the user was created.
key_created(c, n) := x if {
	x := c[sprintf("access_key_%s_last_rotated", [n])]
	date_ns(x)
} else := c.user_creation_time

# rows are the rows of the IAM credential report.
rows contains r if {
	some r in input.resources
	r.type == "Tollgate::IAM::Credential"
	is_object(r.configuration)
}

# root(r): the row of the account's root user.
root(r) if {
	arn := r.configuration.arn
	is_string(arn)
	endswith(arn, ":root")
}

root(r) if r.configuration.user == "<root_account>"

# truthy(x): a boolean true, or the string "true" as the raw report writes it.
truthy(x) if x == true

truthy(x) if {
	is_string(x)
	lower(x) == "true"
}

# falsy(x): a boolean false, or the string "false".
falsy(x) if x == false

falsy(x) if {
	is_string(x)
	lower(x) == "false"
}

day_ns := ((24 * 60) * 60) * 1000000000

# date_ns(x) is the RFC 3339 date x in nanoseconds; undefined for null, N/A and other text.
date_ns(x) := time.parse_rfc3339_ns(x) if {
	is_string(x)
	regex.match(`^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|z|[+-][0-9]{2}:[0-9]{2})$`, x)
}

# now_ns is when the document was collected: ages are measured from it, never from the clock.
now_ns := date_ns(input.collected_at)

# days(t) is the number of whole days between t and the collection.
days(t) := floor((now_ns - t) / day_ns)

# day(x) is the date part of an RFC 3339 date, for messages.
day(x) := substring(x, 0, 10)

user(r) := u if {
	u := r.configuration.user
	is_string(u)
} else := r.address
