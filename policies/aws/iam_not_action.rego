# METADATA
# title: Policies do not allow NotAction
# description: An Allow statement with NotAction grants every action except the ones listed, including actions of services added after the policy was written. It is almost always broader than intended. Customer managed policies (their default version) and inline policies of users, groups and roles are checked.
# custom:
#   id: TG-AWS-IAM-005
#   severity: medium
#   dimension: security
#   kinds: [aws]
#   frameworks: {nist-800-53: ["AC-6"]}
#   remediation: |
#     List the actions that are allowed (keep NotAction for Deny statements), then publish the
#     corrected document:
#       aws iam create-policy-version --policy-arn arn:aws:iam::123456789012:policy/app \
#         --policy-document file://app.json --set-as-default
#     For an inline policy use aws iam put-role-policy (put-user-policy, put-group-policy).
#     Fix the code that deploys the policy too (Terraform aws_iam_policy_document not_actions,
#     CloudFormation PolicyDocument) so the next deployment does not bring NotAction back.
package tollgate.aws.iam_not_action

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some d in documents
	some statement in statements(d.document, d.path)
	allows_not_action(statement.body)
	finding := {
		"resource": d.resource.address,
		"path": statement.path,
		"message": sprintf("%s allows every action except those listed in NotAction.", [d.label]),
	}
}

allows_not_action(s) if {
	is_object(s)
	s.Effect == "Allow"
	present(object.get(s, "NotAction", null))
}

# present(x): x is set (an empty list or string is not).
present(x) if {
	x != null
	x != []
	x != ""
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
