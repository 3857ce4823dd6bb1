# METADATA
# title: Roles cannot be assumed by any principal
# description: A trust policy that allows any principal (*) without a condition lets every AWS account, and anyone holding credentials in one, assume the role and use its permissions.
# custom:
#   id: TG-AWS-IAM-003
#   severity: critical
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["AC-3"]}
#   remediation: |
#     Name the principals that may assume the role, or restrict them with a condition:
#       PartnerRole:
#         Type: AWS::IAM::Role
#         Properties:
#           AssumeRolePolicyDocument:
#             Version: "2012-10-17"
#             Statement:
#               - Effect: Allow
#                 Principal:
#                   AWS: arn:aws:iam::123456789012:root
#                 Action: sts:AssumeRole
#                 Condition:
#                   StringEquals:
#                     sts:ExternalId: !Ref ExternalId
package tollgate.cloudformation.iam_trust_wildcard

import rego.v1

import data.tollgate.lib

# policy_properties maps each resource type checked to the property holding its policy.
policy_properties := {"AWS::IAM::Role": "AssumeRolePolicyDocument"}

deny contains finding if {
	some r in input.resources
	property := policy_properties[r.type]
	is_object(r.attributes)
	some statement in statements(r.attributes[property], [property])
	public(statement.body)
	finding := {
		"resource": r.address,
		"path": statement.path,
		"message": sprintf("IAM role %s can be assumed by any principal (*) without a condition.", [r.address]),
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
