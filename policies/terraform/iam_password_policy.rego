# METADATA
# title: The account password policy is strong
# description: "Short passwords, passwords without a mix of character classes and reused passwords are the first ones guessed or replayed. An aws_iam_account_password_policy should require at least 14 characters, symbols, numbers, upper and lower case letters, and prevent the reuse of the last 24 passwords; attributes left out fall back to the weak AWS defaults."
# custom:
#   id: TG-AWS-IAM-006
#   severity: medium
#   dimension: security
#   kinds: [terraform]
#   frameworks: {cis-aws-foundations: ["1.8", "1.9"], nist-800-53: ["IA-5"]}
#   remediation: |
#     Require long, varied and fresh passwords:
#       resource "aws_iam_account_password_policy" "strict" {
#         minimum_password_length        = 14
#         require_symbols                = true
#         require_numbers                = true
#         require_uppercase_characters   = true
#         require_lowercase_characters   = true
#         password_reuse_prevention      = 24
#         allow_users_to_change_password = true
#       }
package tollgate.terraform.iam_password_policy

import rego.v1

import data.tollgate.lib

# minimums maps each numeric attribute to the smallest value accepted.
minimums := {"minimum_password_length": 14, "password_reuse_prevention": 24}

required_classes := ["require_symbols", "require_numbers", "require_uppercase_characters", "require_lowercase_characters"]

deny contains finding if {
	some r in policies
	some attribute, minimum in minimums
	object.get(r.attributes, attribute, null) == null
	finding := {
		"resource": r.address,
		"path": [attribute],
		"message": sprintf("Password policy %s does not set %s (at least %v).", [r.address, attribute, minimum]),
	}
}

deny contains finding if {
	some r in policies
	some attribute, minimum in minimums
	n := number(r.attributes[attribute])
	n < minimum
	finding := {
		"resource": r.address,
		"path": [attribute],
		"message": sprintf("Password policy %s sets %s to %v, less than %v.", [r.address, attribute, n, minimum]),
	}
}

deny contains finding if {
	some r in policies
	some attribute in required_classes
	object.get(r.attributes, attribute, null) == null
	finding := {
		"resource": r.address,
		"path": [attribute],
		"message": sprintf("Password policy %s does not set %s, which defaults to false.", [r.address, attribute]),
	}
}

deny contains finding if {
	some r in policies
	some attribute in required_classes
	known_false(r.attributes[attribute])
	finding := {
		"resource": r.address,
		"path": [attribute],
		"message": sprintf("Password policy %s sets %s to false.", [r.address, attribute]),
	}
}

policies contains r if {
	some r in lib.resources("aws_iam_account_password_policy")
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}

# number(x) is x as a number; HCL converts numeric strings.
number(x) := x if is_number(x)

number(x) := to_number(x) if {
	is_string(x)
	regex.match(`^[0-9]+$`, x)
}

# HCL converts the strings "true" and "false" to booleans.
known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}
