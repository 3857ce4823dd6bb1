# METADATA
# title: Policies do not allow NotAction
# description: An Allow statement with NotAction grants every action except the ones listed, including actions of services added after the policy was written. It is almost always broader than intended.
# custom:
#   id: TG-AWS-IAM-005
#   severity: medium
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["AC-6"]}
#   remediation: |
#     List the actions that are allowed; keep NotAction for Deny statements:
#       AppPolicy:
#         Type: AWS::IAM::ManagedPolicy
#         Properties:
#           PolicyDocument:
#             Version: "2012-10-17"
#             Statement:
#               - Effect: Allow
#                 Action: [s3:GetObject, s3:PutObject]
#                 Resource: !Sub "${DataBucket.Arn}/*"
package tollgate.cloudformation.iam_not_action

import rego.v1

import data.tollgate.lib

policy_types := {
	"AWS::IAM::Policy", "AWS::IAM::ManagedPolicy",
	"AWS::IAM::RolePolicy", "AWS::IAM::UserPolicy", "AWS::IAM::GroupPolicy",
}

deny contains finding if {
	some r in input.resources
	r.type in policy_types
	is_object(r.attributes)
	some statement in statements(r.attributes.PolicyDocument, ["PolicyDocument"])
	allows_not_action(statement.body)
	finding := {
		"resource": r.address,
		"path": statement.path,
		"message": sprintf("%s allows every action except those listed in NotAction.", [r.address]),
	}
}

# The inline Policies of roles, users and groups.
deny contains finding if {
	some r in input.resources
	r.type in {"AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"}
	is_object(r.attributes)
	some i, policy in items(r.attributes.Policies)
	is_object(policy)
	some statement in statements(policy.PolicyDocument, ["Policies", i, "PolicyDocument"])
	allows_not_action(statement.body)
	finding := {
		"resource": r.address,
		"path": statement.path,
		"message": sprintf("%s has an inline policy that allows every action except those listed in NotAction.", [r.address]),
	}
}

allows_not_action(s) if {
	is_object(s)
	s.Effect == "Allow"
	present(s.NotAction)
}

# present(x): x is set to a known value (an empty list is not set; a value that cannot be
# known may be null or AWS::NoValue).
present(x) if {
	x != null
	x != []
	not lib.is_unknown(x)
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
