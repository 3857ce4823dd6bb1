# METADATA
# title: The root user has MFA enabled
# description: The root user can do anything in the account, including closing it, and cannot be restricted by IAM policies. Without a second factor, its password alone (phished, reused or reset through the account's email) gives full control. Read from the IAM credential report (the root row's mfa_active), or from the account summary (AccountMFAEnabled) when the report has no root row.
# custom:
#   id: TG-AWS-IAM-007
#   severity: critical
#   dimension: security
#   kinds: [aws]
#   frameworks: {cis-aws-foundations: ["1.5"]}
#   remediation: |
#     Sign in as the root user and assign an MFA device (preferably a hardware key): console,
#     account menu, Security credentials, Multi-factor authentication (MFA), Assign MFA device.
#     Store the device and the recovery details with the account's break-glass procedure. Root
#     MFA is not managed by deployment code; in an AWS Organization, consider centralized root
#     access management to remove the member accounts' root credentials altogether.
package tollgate.aws.iam_root_mfa

import rego.v1

deny contains finding if {
	some r in rows
	root(r)
	falsy(object.get(r.configuration, "mfa_active", null))
	finding := {
		"resource": r.address,
		"path": ["configuration", "mfa_active"],
		"message": sprintf("The root user of account %s has no MFA device.", [account(r)]),
	}
}

# Without a root row in the credential report, the account summary tells.
deny contains finding if {
	not root_known
	some r in input.resources
	r.type == "Tollgate::IAM::AccountSummary"
	is_object(r.configuration)
	number(object.get(r.configuration, "AccountMFAEnabled", null)) == 0
	finding := {
		"resource": r.address,
		"path": ["configuration", "AccountMFAEnabled"],
		"message": sprintf("The root user of account %s has no MFA device (AccountMFAEnabled is 0).", [account(r)]),
	}
}

# root_known: the credential report says whether the root user has MFA.
root_known if {
	some r in rows
	root(r)
	known(object.get(r.configuration, "mfa_active", null))
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
