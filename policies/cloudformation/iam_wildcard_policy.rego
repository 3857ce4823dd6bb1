# METADATA
# title: IAM policies do not grant full administrative access
# description: A statement that allows every action on every resource gives whoever holds the policy full control of the account.
# custom:
#   id: TG-AWS-IAM-001
#   severity: high
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {cis-aws-foundations: ["1.16"], nist-800-53: ["AC-6"]}
#   remediation: |
#     Grant only the actions and resources the principal needs:
#       AppPolicy:
#         Type: AWS::IAM::ManagedPolicy
#         Properties:
#           PolicyDocument:
#             Version: "2012-10-17"
#             Statement:
#               - Effect: Allow
#                 Action: [s3:GetObject, s3:PutObject]
#                 Resource: !Sub "${DataBucket.Arn}/*"
package tollgate.cloudformation.iam_wildcard_policy

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in input.resources
	r.type in {"AWS::IAM::Policy", "AWS::IAM::ManagedPolicy"}
	some statement in statements(r.attributes.PolicyDocument, ["PolicyDocument"])
	admin(statement.body)
	finding := {
		"resource": r.address,
		"path": statement.path,
		"message": sprintf("%s allows every action (*) on every resource (*).", [r.address]),
	}
}

# The inline Policies of roles, users and groups.
deny contains finding if {
	some r in input.resources
	r.type in {"AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"}
	some i, policy in items(r.attributes.Policies)
	some statement in statements(policy.PolicyDocument, ["Policies", i, "PolicyDocument"])
	admin(statement.body)
	finding := {
		"resource": r.address,
		"path": statement.path,
		"message": sprintf("%s has an inline policy that allows every action (*) on every resource (*).", [r.address]),
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
