# METADATA
# title: The account password policy is strong
# description: "Short passwords, passwords without a mix of character classes and reused passwords are the first ones guessed or replayed. The account password policy should require at least 14 characters, symbols, numbers, upper and lower case letters, and prevent the reuse of the last 24 passwords; an account without a password policy uses the weak AWS defaults."
# custom:
#   id: TG-AWS-IAM-006
#   severity: medium
#   dimension: security
#   kinds: [aws]
#   frameworks: {cis-aws-foundations: ["1.8", "1.9"], nist-800-53: ["IA-5"]}
#   remediation: |
#     Set a strong password policy on the account:
#       aws iam update-account-password-policy --minimum-password-length 14 \
#         --require-symbols --require-numbers --require-uppercase-characters \
#         --require-lowercase-characters --password-reuse-prevention 24 \
#         --allow-users-to-change-password
#     (console: IAM, Account settings, Password policy, Edit). If the policy is deployed as code,
#     set the same values there (Terraform aws_iam_account_password_policy) so the next
#     deployment does not weaken it again.
package tollgate.aws.iam_password_policy

import rego.v1

# minimums maps each numeric setting to the smallest value accepted.
minimums := {"minimumPasswordLength": 14, "passwordReusePrevention": 24}

required_classes := ["requireSymbols", "requireNumbers", "requireUppercaseCharacters", "requireLowercaseCharacters"]

deny contains finding if {
	some r in items
	falsy(object.get(r.configuration, "present", true))
	finding := {
		"resource": r.address,
		"path": ["configuration", "present"],
		"message": sprintf("Account %s has no IAM password policy, so the weak AWS defaults apply (8 characters, no reuse prevention).", [account(r)]),
	}
}

deny contains finding if {
	some r in policies
	some setting, minimum in minimums
	object.get(r.configuration, setting, null) == null
	finding := {
		"resource": r.address,
		"path": ["configuration", setting],
		"message": sprintf("The password policy of account %s does not set %s (at least %v).", [account(r), setting, minimum]),
	}
}

deny contains finding if {
	some r in policies
	some setting, minimum in minimums
	n := number(r.configuration[setting])
	n < minimum
	finding := {
		"resource": r.address,
		"path": ["configuration", setting],
		"message": sprintf("The password policy of account %s sets %s to %v, less than %v.", [account(r), setting, n, minimum]),
	}
}

deny contains finding if {
	some r in policies
	some setting in required_classes
	object.get(r.configuration, setting, null) == null
	finding := {
		"resource": r.address,
		"path": ["configuration", setting],
		"message": sprintf("The password policy of account %s does not set %s.", [account(r), setting]),
	}
}

deny contains finding if {
	some r in policies
	some setting in required_classes
	falsy(r.configuration[setting])
	finding := {
		"resource": r.address,
		"path": ["configuration", setting],
		"message": sprintf("The password policy of account %s sets %s to false.", [account(r), setting]),
	}
}

# items are the password policy items with a configuration.
items contains r if {
	some r in input.resources
	r.type == "Tollgate::IAM::PasswordPolicy"
	is_object(r.configuration)
}

# policies are the password policies the account has.
policies contains r if {
	some r in items
	not falsy(object.get(r.configuration, "present", true))
}

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

# falsy(x): a boolean false, or the string "false".
falsy(x) if x == false

falsy(x) if {
	is_string(x)
	lower(x) == "false"
}
