# METADATA
# title: IAM users with a console password have MFA enabled
# description: A user who signs in to the console with a password alone loses the account to any phished, guessed or reused password. Every IAM user with a console password should have an MFA device. Read from the IAM credential report (password_enabled and mfa_active); the root user is TG-AWS-IAM-007.
# custom:
#   id: TG-AWS-IAM-009
#   severity: high
#   dimension: security
#   kinds: [aws]
#   frameworks: {cis-aws-foundations: ["1.10"]}
#   remediation: |
#     Have the user assign an MFA device (console: IAM, Users, the user, Security credentials,
#     Assign MFA device), or remove the console password of a user who does not need one:
#       aws iam delete-login-profile --user-name alice
#     Enforce it with a policy that denies everything but MFA setup without
#     aws:MultiFactorAuthPresent, attached to the users' groups in the code that deploys them.
#     Better still, move people to IAM Identity Center (SSO) with MFA required.
package tollgate.aws.iam_user_mfa

import rego.v1

deny contains finding if {
	some r in rows
	not root(r)
	truthy(object.get(r.configuration, "password_enabled", null))
	falsy(object.get(r.configuration, "mfa_active", null))
	finding := {
		"resource": r.address,
		"path": ["configuration", "mfa_active"],
		"message": sprintf("IAM user %s has a console password but no MFA device.", [user(r)]),
	}
}

user(r) := u if {
	u := r.configuration.user
	is_string(u)
} else := r.address

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
