# METADATA
# title: IAM policies do not grant full administrative access
# description: A statement that allows every action on every resource gives whoever holds the policy full control of the account. Customer managed policies (their default version), inline policies of users, groups and roles, and the AWS managed AdministratorAccess policy attached to a user, group or role are checked.
# custom:
#   id: TG-AWS-IAM-001
#   severity: high
#   dimension: security
#   kinds: [aws]
#   frameworks: {cis-aws-foundations: ["1.16"], nist-800-53: ["AC-6"]}
#   remediation: |
#     Replace the statement with the actions and resources the principal needs, then make
#     the new version the default and delete the old one:
#       aws iam create-policy-version --policy-arn arn:aws:iam::123456789012:policy/app \
#         --policy-document file://app-least-privilege.json --set-as-default
#     For an inline policy, put the narrowed document back with aws iam put-role-policy
#     (put-user-policy, put-group-policy); for AdministratorAccess, detach it with
#     aws iam detach-role-policy --role-name app --policy-arn arn:aws:iam::aws:policy/AdministratorAccess.
#     Fix the code that deploys the policy too (Terraform aws_iam_policy_document, CloudFormation
#     PolicyDocument) so the next deployment does not bring the wildcard back.
package tollgate.aws.iam_wildcard_policy

import rego.v1

import data.tollgate.lib

# inline maps each identity type to its inline policy list, the key of its name and a label.
inline := {
	"AWS::IAM::User": {"list": "userPolicyList", "name": "userName", "label": "IAM user"},
	"AWS::IAM::Group": {"list": "groupPolicyList", "name": "groupName", "label": "IAM group"},
	"AWS::IAM::Role": {"list": "rolePolicyList", "name": "roleName", "label": "IAM role"},
}

# The default version of a customer managed policy.
deny contains finding if {
	some r in input.resources
	r.type == "AWS::IAM::Policy"
	some i, version in items(object.get(configuration(r), "policyVersionList", []))
	is_object(version)
	truthy(object.get(version, "isDefaultVersion", false))
	some statement in statements(object.get(version, "document", null), ["configuration", "policyVersionList", i, "document"])
	admin(statement.body)
	finding := {
		"resource": r.address,
		"path": statement.path,
		"message": sprintf("IAM policy %s allows every action (*) on every resource (*).", [name(r, "policyName")]),
	}
}

# Inline policies of users, groups and roles.
deny contains finding if {
	some r in input.resources
	kind := inline[r.type]
	some i, policy in items(object.get(configuration(r), kind.list, []))
	is_object(policy)
	some statement in statements(object.get(policy, "policyDocument", null), ["configuration", kind.list, i, "policyDocument"])
	admin(statement.body)
	finding := {
		"resource": r.address,
		"path": statement.path,
		"message": sprintf("%s %s has an inline policy %s that allows every action (*) on every resource (*).", [kind.label, name(r, kind.name), object.get(policy, "policyName", "(unnamed)")]),
	}
}

# The AWS managed AdministratorAccess policy attached to a user, group or role.
deny contains finding if {
	some r in input.resources
	kind := inline[r.type]
	some i, attached in items(object.get(configuration(r), "attachedManagedPolicies", []))
	is_object(attached)
	arn := object.get(attached, "policyArn", "")
	is_string(arn)
	regex.match(`^arn:aws[a-z-]*:iam::aws:policy/AdministratorAccess$`, arn)
	finding := {
		"resource": r.address,
		"path": ["configuration", "attachedManagedPolicies", i, "policyArn"],
		"message": sprintf("%s %s has the AWS managed policy AdministratorAccess attached, which allows every action on every resource.", [kind.label, name(r, kind.name)]),
	}
}

admin(s) if {
	is_object(s)
	s.Effect == "Allow"
	"*" in lib.as_list(s.Action)
	"*" in lib.as_list(s.Resource)
}

# configuration(r) is the item's configuration, or an empty object.
configuration(r) := c if {
	c := r.configuration
	is_object(c)
} else := {}

# name(r, key) is the resource's name as AWS Config records it.
name(r, key) := n if {
	n := configuration(r)[key]
	is_string(n)
} else := n if {
	n := r.name
	is_string(n)
} else := r.address

# truthy(x): a boolean true, or the string "true" as some AWS Config types record it.
truthy(x) if x == true

truthy(x) if {
	is_string(x)
	lower(x) == "true"
}

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

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
