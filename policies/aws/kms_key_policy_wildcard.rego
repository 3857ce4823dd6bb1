# METADATA
# title: KMS key policies do not allow any principal
# description: |
#   A key policy statement that allows any principal (*) without a condition lets principals of
#   every AWS account use or manage the key, and decrypt what it protects. The key policy is read
#   from the item's supplementary Policy (or a keyPolicy / policy field of its configuration).
# custom:
#   id: TG-AWS-KMS-002
#   severity: high
#   dimension: security
#   kinds: [aws]
#   frameworks: {nist-800-53: ["AC-3"]}
#   remediation: |
#     Grant the key to named principals, or restrict any principal with conditions such as
#     kms:CallerAccount and kms:ViaService, then apply the policy:
#       aws kms put-key-policy --key-id KEY_ID --policy-name default --policy file://key-policy.json
#     and fix the statement in the code that deploys the key (Terraform aws_kms_key policy or
#     aws_kms_key_policy, CloudFormation KeyPolicy).
package tollgate.aws.kms_key_policy_wildcard

import rego.v1

import data.tollgate.lib

# Where a key policy may be recorded.
policy_paths := [
	["supplementary", "Policy"],
	["supplementary", "KeyPolicy"],
	["supplementary", "keyPolicy"],
	["configuration", "keyPolicy"],
	["configuration", "policy"],
	["configuration", "Policy"],
]

deny contains finding if {
	some r in lib.resources("AWS::KMS::Key")
	some base in policy_paths
	doc := section(r, base[0])[base[1]]
	some statement in statements(doc, base)
	public(statement.body)
	finding := {
		"resource": r.address,
		"path": statement.path,
		"message": sprintf("KMS key policy of %s in %s allows any principal (*) without a condition.", [r.name, r.region]),
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

# conditioned(c): a Condition that restricts the statement.
conditioned(c) if {
	c != null
	c != {}
	c != []
}

# statements(doc, base) is the set of {path, body} of the statements in policy document doc
# (an object or JSON text) found at path base.
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

section(r, name) := r[name] if is_object(r[name])
