# METADATA
# title: iam:PassRole is not granted on every role
# description: A principal that may pass any role can hand the most privileged role of the account to a service it controls (an EC2 instance, a Lambda function, a CloudFormation stack) and act with that role's permissions. Statements that allow every action on every resource are reported by TG-AWS-IAM-001 instead.
# custom:
#   id: TG-AWS-IAM-004
#   severity: high
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["AC-6"]}
#   remediation: |
#     Name the roles that may be passed, and the service they may be passed to:
#       DeployerPolicy:
#         Type: AWS::IAM::ManagedPolicy
#         Properties:
#           PolicyDocument:
#             Version: "2012-10-17"
#             Statement:
#               - Effect: Allow
#                 Action: iam:PassRole
#                 Resource: !GetAtt TaskRole.Arn
#                 Condition:
#                   StringEquals:
#                     iam:PassedToService: ecs-tasks.amazonaws.com
package tollgate.cloudformation.iam_passrole_wildcard

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
	passes_any_role(statement.body)
	finding := {
		"resource": r.address,
		"path": statement.path,
		"message": sprintf("%s allows iam:PassRole on every role.", [r.address]),
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
	passes_any_role(statement.body)
	finding := {
		"resource": r.address,
		"path": statement.path,
		"message": sprintf("%s has an inline policy that allows iam:PassRole on every role.", [r.address]),
	}
}

passes_any_role(s) if {
	is_object(s)
	s.Effect == "Allow"
	grants_pass_role(s.Action)
	every_role(s.Resource)
	not admin(s.Action, s.Resource)
}

# grants_pass_role(actions): one of the action patterns (case-insensitive, with wildcards) covers iam:PassRole.
grants_pass_role(actions) if {
	some a in lib.as_list(actions)
	is_string(a)
	glob.match(lower(a), [], "iam:passrole")
}

# every_role(resources): the resources cover every role of the account.
every_role(resources) if "*" in lib.as_list(resources)

every_role(resources) if {
	some x in lib.as_list(resources)
	is_string(x)
	regex.match(`^arn:[a-z-]+:iam::[^:]*:(\*|role/\*)$`, x)
}

# Every action on every resource is TG-AWS-IAM-001.
admin(actions, resources) if {
	"*" in lib.as_list(actions)
	"*" in lib.as_list(resources)
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
