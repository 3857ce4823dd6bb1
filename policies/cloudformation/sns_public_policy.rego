# METADATA
# title: SNS topic policies do not allow any principal
# description: A topic policy statement that allows any principal (*) without a condition lets anyone publish to the topic or subscribe to it, depending on the actions it grants.
# custom:
#   id: TG-AWS-SNS-002
#   severity: high
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["AC-3"]}
#   remediation: |
#     Allow a named principal, or restrict the statement to the source that publishes:
#       AlertsTopicPolicy:
#         Type: AWS::SNS::TopicPolicy
#         Properties:
#           Topics: [!Ref AlertsTopic]
#           PolicyDocument:
#             Version: "2012-10-17"
#             Statement:
#               - Effect: Allow
#                 Principal:
#                   Service: events.amazonaws.com
#                 Action: sns:Publish
#                 Resource: !Ref AlertsTopic
#                 Condition:
#                   ArnEquals:
#                     aws:SourceArn: !GetAtt AlertsRule.Arn
package tollgate.cloudformation.sns_public_policy

import rego.v1

import data.tollgate.lib

# policy_properties maps each resource type checked to the property holding its policy.
policy_properties := {"AWS::SNS::TopicPolicy": "PolicyDocument", "AWS::SNS::TopicInlinePolicy": "PolicyDocument"}

deny contains finding if {
	some r in input.resources
	property := policy_properties[r.type]
	is_object(r.attributes)
	some statement in statements(r.attributes[property], [property])
	public(statement.body)
	finding := {
		"resource": r.address,
		"path": statement.path,
		"message": sprintf("SNS topic policy %s allows any principal (*) without a condition.", [r.address]),
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
