# METADATA
# title: iam:PassRole is not granted on every role
# description: A principal that may pass any role can hand the most privileged role of the account to a service it controls (an EC2 instance, a Lambda function, a CloudFormation stack) and act with that role's permissions. Customer managed policies (their default version) and inline policies of users, groups and roles are checked. Statements that allow every action on every resource are reported by TG-AWS-IAM-001 instead.
# custom:
#   id: TG-AWS-IAM-004
#   severity: high
#   dimension: security
#   kinds: [aws]
#   frameworks: {nist-800-53: ["AC-6"]}
#   remediation: |
#     Name the roles that may be passed (Resource) and the service they may be passed to
#     (Condition iam:PassedToService), then publish the narrowed document:
#       aws iam create-policy-version --policy-arn arn:aws:iam::123456789012:policy/deployer \
#         --policy-document file://deployer.json --set-as-default
#     For an inline policy use aws iam put-role-policy (put-user-policy, put-group-policy).
#     Fix the code that deploys the policy too (Terraform aws_iam_policy_document, CloudFormation
#     PolicyDocument) so the next deployment does not restore the wildcard.
package tollgate.aws.iam_passrole_wildcard

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some d in documents
	some statement in statements(d.document, d.path)
	passes_any_role(statement.body)
	finding := {
		"resource": d.resource.address,
		"path": statement.path,
		"message": sprintf("%s allows iam:PassRole on every role.", [d.label]),
	}
}

passes_any_role(s) if {
	is_object(s)
	s.Effect == "Allow"
	grants_pass_role(object.get(s, "Action", []))
	every_role(object.get(s, "Resource", []))
	not admin(object.get(s, "Action", []), object.get(s, "Resource", []))
}

# grants_pass_role(actions): one of the action patterns (case-insensitive, with wildcards) covers iam:PassRole.
grants_pass_role(actions) if {
	some a in lib.as_list(actions)
	is_string(a)
	glob.match(lower(a), [], "iam:passrole")
}

# every_role(resources): the resources cover every role of the account.
every_role(resources) if "*" in lib.as_list(resources)

every_role(resources) if {
	some x in lib.as_list(resources)
	is_string(x)
	regex.match(`^arn:[a-z-]+:iam::[^:]*:(\*|role/\*)$`, x)
}

# Every action on every resource is TG-AWS-IAM-001.
admin(actions, resources) if {
	"*" in lib.as_list(actions)
	"*" in lib.as_list(resources)
}

# inline maps each identity type to its inline policy list, the key of its name and a label.
inline := {
	"AWS::IAM::User": {"list": "userPolicyList", "name": "userName", "label": "IAM user"},
	"AWS::IAM::Group": {"list": "groupPolicyList", "name": "groupName", "label": "IAM group"},
	"AWS::IAM::Role": {"list": "rolePolicyList", "name": "roleName", "label": "IAM role"},
}

# documents holds the policy documents in force: the default version of each customer managed
# policy and the inline policies of users, groups and roles, with their path and a label.
documents contains d if {
	some r in input.resources
	r.type == "AWS::IAM::Policy"
	some i, version in items(object.get(configuration(r), "policyVersionList", []))
	is_object(version)
	truthy(object.get(version, "isDefaultVersion", false))
	d := {
		"resource": r,
		"document": object.get(version, "document", null),
		"path": ["configuration", "policyVersionList", i, "document"],
		"label": sprintf("IAM policy %s", [name(r, "policyName")]),
	}
}

documents contains d if {
	some r in input.resources
	kind := inline[r.type]
	some i, policy in items(object.get(configuration(r), kind.list, []))
	is_object(policy)
	d := {
		"resource": r,
		"document": object.get(policy, "policyDocument", null),
		"path": ["configuration", kind.list, i, "policyDocument"],
		"label": sprintf("The inline policy %s of %s %s", [policy_name(policy), kind.label, name(r, kind.name)]),
	}
}

policy_name(p) := n if {
	n := p.policyName
	is_string(n)
} else := "(unnamed)"

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
