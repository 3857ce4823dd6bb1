# METADATA
# title: The root user has no access keys
# description: An access key of the root user gives full, unrestrictable control of the account to whoever obtains it, from anywhere, without MFA. Read from the IAM credential report (the root row's access_key_1_active and access_key_2_active), or from the account summary (AccountAccessKeysPresent) when the report has no root row.
# custom:
#   id: TG-AWS-IAM-008
#   severity: critical
#   dimension: security
#   kinds: [aws]
#   frameworks: {cis-aws-foundations: ["1.4"]}
#   remediation: |
#     Find what still uses the key (the credential report's access_key_N_last_used_service,
#     CloudTrail events of the root user), move it to an IAM role or user, then sign in as the
#     root user and deactivate and delete the key: console, account menu, Security credentials,
#     Access keys, Actions, Deactivate, then Delete. Never create root access keys from scripts
#     or deployment code; use IAM roles for automation.
package tollgate.aws.iam_root_access_keys

import rego.v1

deny contains finding if {
	some r in rows
	root(r)
	some n in ["1", "2"]
	column := sprintf("access_key_%s_active", [n])
	truthy(object.get(r.configuration, column, null))
	finding := {
		"resource": r.address,
		"path": ["configuration", column],
		"message": sprintf("The root user of account %s has an active access key (key %s).", [account(r), n]),
	}
}

# Without a root row in the credential report, the account summary tells.
deny contains finding if {
	not root_known
	some r in input.resources
	r.type == "Tollgate::IAM::AccountSummary"
	is_object(r.configuration)
	number(object.get(r.configuration, "AccountAccessKeysPresent", null)) > 0
	finding := {
		"resource": r.address,
		"path": ["configuration", "AccountAccessKeysPresent"],
		"message": sprintf("The root user of account %s has an access key (AccountAccessKeysPresent is not 0).", [account(r)]),
	}
}

# root_known: the credential report says whether the root user has access keys.
root_known if {
	some r in rows
	root(r)
	some n in ["1", "2"]
	known(object.get(r.configuration, sprintf("access_key_%s_active", [n]), null))
}

known(x) if truthy(x)

known(x) if falsy(x)

account(r) := a if {
	a := r.account
	is_string(a)
} else := a if {
	a := input.account
	is_string(a)
} else := "(unknown)"

# number(x) is x as a number; some sources give numbers as strings.
number(x) := x if is_number(x)

number(x) := to_number(x) if {
	is_string(x)
	regex.match(`^[0-9]+$`, x)
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
