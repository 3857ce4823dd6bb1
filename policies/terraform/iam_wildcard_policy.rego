# METADATA
# title: IAM policies do not grant full administrative access
# description: A statement that allows every action on every resource gives whoever holds the policy full control of the account.
# custom:
#   id: TG-AWS-IAM-001
#   severity: high
#   dimension: security
#   kinds: [terraform]
#   frameworks: {cis-aws-foundations: ["1.16"], nist-800-53: ["AC-6"]}
#   remediation: |
#     Grant only the actions and resources the principal needs:
#       data "aws_iam_policy_document" "app" {
#         statement {
#           effect    = "Allow"
#           actions   = ["s3:GetObject", "s3:PutObject"]
#           resources = ["${aws_s3_bucket.data.arn}/*"]
#         }
#       }
package tollgate.terraform.iam_wildcard_policy

import rego.v1

import data.tollgate.lib

policy_types := {"aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy"}

deny contains finding if {
	some r in input.resources
	r.type in policy_types
	object.get(r, "mode", "managed") == "managed"
	some statement in statements(r.attributes.policy, ["policy"])
	admin(statement.body)
	finding := {
		"resource": r.address,
		"path": statement.path,
		"message": sprintf("%s allows every action (*) on every resource (*).", [r.address]),
	}
}

# The inline_policy blocks of aws_iam_role.
deny contains finding if {
	some r in input.resources
	r.type == "aws_iam_role"
	object.get(r, "mode", "managed") == "managed"
	some i, inline in items(r.attributes.inline_policy)
	some statement in statements(inline.policy, ["inline_policy", i, "policy"])
	admin(statement.body)
	finding := {
		"resource": r.address,
		"path": statement.path,
		"message": sprintf("IAM role %s has an inline policy that allows every action (*) on every resource (*).", [r.address]),
	}
}

deny contains finding if {
	some r in input.resources
	r.type == "aws_iam_policy_document"
	r.mode == "data"
	some i, statement in items(r.attributes.statement)
	is_object(statement)
	object.get(statement, "effect", "Allow") in {"Allow", null}
	"*" in lib.as_list(statement.actions)
	"*" in lib.as_list(statement.resources)
	finding := {
		"resource": r.address,
		"path": ["statement", i],
		"message": sprintf("Policy document %s allows every action (*) on every resource (*).", [r.address]),
	}
}

admin(s) if {
	is_object(s)
	s.Effect == "Allow"
	"*" in lib.as_list(s.Action)
	"*" in lib.as_list(s.Resource)
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
		some s in lib.as_list(parsed.Statement)
	}
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
