# METADATA
# title: KMS key policies do not allow any principal
# description: A key policy statement that allows any principal (*) without a condition lets principals of every AWS account use or manage the key, and decrypt what it protects.
# custom:
#   id: TG-AWS-KMS-002
#   severity: high
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["AC-3"]}
#   remediation: |
#     Grant the key to named principals, or restrict any principal with conditions:
#       DataKey:
#         Type: AWS::KMS::Key
#         Properties:
#           EnableKeyRotation: true
#           KeyPolicy:
#             Version: "2012-10-17"
#             Statement:
#               - Sid: AccountAdministration
#                 Effect: Allow
#                 Principal:
#                   AWS: !Sub "arn:${AWS::Partition}:iam::${AWS::AccountId}:root"
#                 Action: kms:*
#                 Resource: "*"
package tollgate.cloudformation.kms_key_policy_wildcard

import rego.v1

import data.tollgate.lib

# policy_properties maps each resource type checked to the property holding its policy.
policy_properties := {"AWS::KMS::Key": "KeyPolicy", "AWS::KMS::ReplicaKey": "KeyPolicy"}

deny contains finding if {
	some r in input.resources
	property := policy_properties[r.type]
	is_object(r.attributes)
	some statement in statements(r.attributes[property], [property])
	public(statement.body)
	finding := {
		"resource": r.address,
		"path": statement.path,
		"message": sprintf("KMS key policy of %s allows any principal (*) without a condition.", [r.address]),
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
