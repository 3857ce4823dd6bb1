# METADATA
# title: Policies do not allow NotAction
# description: An Allow statement with NotAction grants every action except the ones listed, including actions of services added after the policy was written. It is almost always broader than intended.
# custom:
#   id: TG-AWS-IAM-005
#   severity: medium
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["AC-6"]}
#   remediation: |
#     List the actions that are allowed; keep NotAction for Deny statements:
#       data "aws_iam_policy_document" "app" {
#         statement {
#           effect    = "Allow"
#           actions   = ["s3:GetObject", "s3:PutObject"]
#           resources = ["${aws_s3_bucket.data.arn}/*"]
#         }
#       }
package tollgate.terraform.iam_not_action

import rego.v1

import data.tollgate.lib

policy_types := {"aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy"}

deny contains finding if {
	some r in input.resources
	r.type in policy_types
	object.get(r, "mode", "managed") == "managed"
	some statement in statements(r.attributes.policy, ["policy"])
	allows_not_action(statement.body)
	finding := {
		"resource": r.address,
		"path": statement.path,
		"message": sprintf("%s allows every action except those listed in NotAction.", [r.address]),
	}
}

# The inline_policy blocks of aws_iam_role.
deny contains finding if {
	some r in input.resources
	r.type == "aws_iam_role"
	object.get(r, "mode", "managed") == "managed"
	some i, inline in items(r.attributes.inline_policy)
	is_object(inline)
	some statement in statements(inline.policy, ["inline_policy", i, "policy"])
	allows_not_action(statement.body)
	finding := {
		"resource": r.address,
		"path": statement.path,
		"message": sprintf("IAM role %s has an inline policy that allows every action except those listed in NotAction.", [r.address]),
	}
}

deny contains finding if {
	some r in input.resources
	r.type == "aws_iam_policy_document"
	r.mode == "data"
	some i, statement in items(r.attributes.statement)
	is_object(statement)
	object.get(statement, "effect", "Allow") in {"Allow", null}
	present(statement.not_actions)
	finding := {
		"resource": r.address,
		"path": ["statement", i, "not_actions"],
		"message": sprintf("Policy document %s allows every action except those listed in not_actions.", [r.address]),
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
