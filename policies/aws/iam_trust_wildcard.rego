# METADATA
# title: Roles cannot be assumed by any principal
# description: A trust policy that allows any principal (*) without a condition lets every AWS account, and anyone holding credentials in one, assume the role and use its permissions.
# custom:
#   id: TG-AWS-IAM-003
#   severity: critical
#   dimension: security
#   kinds: [aws]
#   frameworks: {nist-800-53: ["AC-3"]}
#   remediation: |
#     Name the principals that may assume the role, or restrict them with a condition
#     (sts:ExternalId, aws:PrincipalOrgID), and replace the role's trust policy:
#       aws iam update-assume-role-policy --role-name partner --policy-document file://trust.json
#     (console: IAM, Roles, the role, Trust relationships, Edit trust policy). Fix the code that
#     deploys the role too (Terraform assume_role_policy, CloudFormation AssumeRolePolicyDocument)
#     so the next deployment does not restore the wildcard.
package tollgate.aws.iam_trust_wildcard

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in input.resources
	r.type == "AWS::IAM::Role"
	some statement in statements(object.get(configuration(r), "assumeRolePolicyDocument", null), ["configuration", "assumeRolePolicyDocument"])
	public(statement.body)
	finding := {
		"resource": r.address,
		"path": statement.path,
		"message": sprintf("IAM role %s can be assumed by any principal (*) without a condition.", [name(r)]),
	}
}

# public(s): statement s allows any principal and sets no condition.
public(s) if {
	is_object(s)
	s.Effect == "Allow"
	any_principal(object.get(s, "Principal", null))
	not conditioned(object.get(s, "Condition", null))
}

any_principal(p) if p == "*"

any_principal(p) if {
	is_object(p)
	"*" in lib.as_list(object.get(p, "AWS", []))
}

# conditioned(c): a Condition that restricts the statement.
conditioned(c) if {
	c != null
	c != {}
	c != []
}

# configuration(r) is the item's configuration, or an empty object.
configuration(r) := c if {
	c := r.configuration
	is_object(c)
} else := {}

name(r) := n if {
	n := configuration(r).roleName
	is_string(n)
} else := n if {
	n := r.name
	is_string(n)
} else := r.address

# statements(doc, base) is the set of {path, body} of the statements in policy document doc
# (an object or a JSON string) found at path base.
statements(doc, base) := listed | single | encoded if {
	listed := {{"path": array.concat(base, ["Statement", i]), "body": s} |
		is_object(doc)
		is_array(doc.Statement)
		some i, s in doc.Statement
	}
	single := {{"path": array.concat(base, ["Statement"]), "body": doc.Statement} |
		is_object(doc)
		is_object(doc.Statement)
	}
	encoded := {{"path": base, "body": s} |
		is_string(doc)
		parsed := lib.json_document(doc)
		is_object(parsed)
		some s in lib.as_list(parsed.Statement)
	}
}
