# METADATA
# title: Access keys are rotated every 90 days
# description: A long-lived access key has had time to be copied into scripts, laptops, CI logs and images, and an old leaked key keeps working until it is rotated. Active access keys of IAM users should be less than 90 days old (the IAM credential report's access_key_N_last_rotated, measured from when the account was swept). Root access keys are TG-AWS-IAM-008.
# custom:
#   id: TG-AWS-IAM-010
#   severity: medium
#   dimension: security
#   kinds: [aws]
#   frameworks: {cis-aws-foundations: ["1.14"], nist-800-53: ["IA-5"]}
#   remediation: |
#     Create a second key, move every user of the old key to it, then deactivate and delete
#     the old one:
#       aws iam create-access-key --user-name ci
#       aws iam update-access-key --user-name ci --access-key-id AKIA... --status Inactive
#       aws iam delete-access-key --user-name ci --access-key-id AKIA...
#     Better, replace the key with an IAM role (instance profile, IRSA, OIDC federation from
#     CI) in the code that deploys the workload, so there is no long-lived key to rotate.
package tollgate.aws.iam_access_key_rotation

import rego.v1

max_age_days := 90

deny contains finding if {
	some r in rows
	not root(r)
	some n in ["1", "2"]
	truthy(object.get(r.configuration, sprintf("access_key_%s_active", [n]), null))
	column := sprintf("access_key_%s_last_rotated", [n])
	rotated := object.get(r.configuration, column, null)
	t := date_ns(rotated)
	now_ns - t > max_age_days * day_ns
	finding := {
		"resource": r.address,
		"path": ["configuration", column],
		"message": sprintf("Access key %s of IAM user %s was last rotated %d days ago, on %s (more than %d days).", [n, user(r), days(t), day(rotated), max_age_days]),
	}
}

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
