# METADATA
# title: Roles cannot be assumed by any principal
# description: A trust policy that allows any principal (*) without a condition lets every AWS account, and anyone holding credentials in one, assume the role and use its permissions.
# custom:
#   id: TG-AWS-IAM-003
#   severity: critical
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["AC-3"]}
#   remediation: |
#     Name the principals that may assume the role, or restrict them with a condition:
#       data "aws_iam_policy_document" "assume" {
#         statement {
#           effect  = "Allow"
#           actions = ["sts:AssumeRole"]
#           principals {
#             type        = "AWS"
#             identifiers = ["arn:aws:iam::123456789012:root"]
#           }
#           condition {
#             test     = "StringEquals"
#             variable = "sts:ExternalId"
#             values   = [var.external_id]
#           }
#         }
#       }
#       resource "aws_iam_role" "partner" {
#         name               = "partner"
#         assume_role_policy = data.aws_iam_policy_document.assume.json
#       }
package tollgate.terraform.iam_trust_wildcard

import rego.v1

import data.tollgate.lib

# policy_attributes maps each resource type checked to the attribute holding its policy.
policy_attributes := {"aws_iam_role": "assume_role_policy"}

deny contains finding if {
	some r in input.resources
	attribute := policy_attributes[r.type]
	managed(r)
	some statement in statements(r.attributes[attribute], [attribute])
	public(statement.body)
	finding := {
		"resource": r.address,
		"path": statement.path,
		"message": sprintf("IAM role %s can be assumed by any principal (*) without a condition.", [r.address]),
	}
}

# A policy written with an aws_iam_policy_document data source.
deny contains finding if {
	some r in input.resources
	attribute := policy_attributes[r.type]
	managed(r)
	policy := r.attributes[attribute]
	lib.is_unknown(policy)
	some document in input.resources
	document.type == "aws_iam_policy_document"
	document.mode == "data"
	same_resource(policy.__ref__, document.address)
	some statement in items(document.attributes.statement)
	document_public(statement)
	finding := {
		"resource": r.address,
		"path": [attribute],
		"message": sprintf("IAM role %s can be assumed by any principal (*) without a condition, through %s.", [r.address, document.address]),
	}
}

# public(s): statement s allows any principal and sets no condition.
public(s) if {
	is_object(s)
	s.Effect == "Allow"
	any_principal(s.Principal)
	not conditioned(s.Condition)
}

any_principal(p) if p == "*"

any_principal(p) if {
	is_object(p)
	"*" in lib.as_list(p.AWS)
}

# conditioned(c): a Condition that restricts the statement, or one that cannot be known.
conditioned(c) if {
	c != null
	c != {}
	c != []
}

# document_public(s): a statement of an aws_iam_policy_document that allows any principal
# and has no condition block.
document_public(s) if {
	is_object(s)
	object.get(s, "effect", "Allow") in {"Allow", null}
	some p in items(s.principals)
	is_object(p)
	p.type in {"AWS", "*"}
	"*" in lib.as_list(p.identifiers)
	not conditioned(s.condition)
}

# managed(r) leaves out data sources and resources without attributes.
managed(r) if {
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
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

# same_resource(ref, address): ref names the resource at address, or all instances of its count/for_each.
same_resource(ref, address) if ref == address

same_resource(ref, address) if ref == regex.replace(address, `\[[^\]]*\]$`, "")

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
