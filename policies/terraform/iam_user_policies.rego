# METADATA
# title: IAM policies are attached to groups or roles, not users
# description: Permissions granted to users one by one drift apart, are hard to review and stay behind when people change jobs. Grant them to groups (or roles) and make users members.
# custom:
#   id: TG-AWS-IAM-002
#   severity: low
#   dimension: security
#   kinds: [terraform]
#   frameworks: {cis-aws-foundations: ["1.15"]}
#   remediation: |
#     Attach the policy to a group and add the user to it:
#       resource "aws_iam_group" "deployers" {
#         name = "deployers"
#       }
#       resource "aws_iam_group_policy_attachment" "deployers" {
#         group      = aws_iam_group.deployers.name
#         policy_arn = aws_iam_policy.deploy.arn
#       }
#       resource "aws_iam_user_group_membership" "ci" {
#         user   = aws_iam_user.ci.name
#         groups = [aws_iam_group.deployers.name]
#       }
package tollgate.terraform.iam_user_policies

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in managed("aws_iam_user_policy")
	finding := {
		"resource": r.address,
		"path": ["user"],
		"message": sprintf("%s gives an inline policy directly to an IAM user.", [r.address]),
	}
}

deny contains finding if {
	some r in managed("aws_iam_user_policy_attachment")
	finding := {
		"resource": r.address,
		"path": ["user"],
		"message": sprintf("%s attaches a managed policy directly to an IAM user.", [r.address]),
	}
}

deny contains finding if {
	some r in managed("aws_iam_policy_attachment")
	some user in items(r.attributes.users)
	present(user)
	finding := {
		"resource": r.address,
		"path": ["users"],
		"message": sprintf("%s attaches a managed policy directly to IAM users.", [r.address]),
	}
}

# managed(t) is the set of managed (not data) resources of type t.
managed(t) := {r | some r in input.resources; r.type == t; object.get(r, "mode", "managed") == "managed"; is_object(r.attributes)}

# present(x): a list element that names a user (an unknown one may still be null).
present(x) if is_string(x)

present(x) if {
	lib.is_unknown(x)
	x.__ref__
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
