# METADATA
# title: IAM policies are attached to groups or roles, not users
# description: Permissions granted to users one by one drift apart, are hard to review and stay behind when people change jobs. Grant them to groups (or roles) and make users members. Users with an inline policy or an attached managed policy are reported.
# custom:
#   id: TG-AWS-IAM-002
#   severity: low
#   dimension: security
#   kinds: [aws]
#   frameworks: {cis-aws-foundations: ["1.15"]}
#   remediation: |
#     Attach the policy to a group, add the user to it, then remove the user's own policies:
#       aws iam attach-group-policy --group-name deployers --policy-arn arn:aws:iam::123456789012:policy/deploy
#       aws iam add-user-to-group --group-name deployers --user-name ci
#       aws iam detach-user-policy --user-name ci --policy-arn arn:aws:iam::123456789012:policy/deploy
#       aws iam delete-user-policy --user-name ci --policy-name inline-deploy
#     Change the code that deploys the user the same way (Terraform aws_iam_group_policy_attachment
#     and aws_iam_user_group_membership instead of aws_iam_user_policy and
#     aws_iam_user_policy_attachment; CloudFormation AWS::IAM::Group with the user in Groups).
package tollgate.aws.iam_user_policies

import rego.v1

deny contains finding if {
	some r in users
	policies := [p | some p in items(object.get(configuration(r), "userPolicyList", [])); is_object(p)]
	count(policies) > 0
	finding := {
		"resource": r.address,
		"path": ["configuration", "userPolicyList"],
		"message": sprintf("IAM user %s has %d inline %s of its own (%s).", [name(r), count(policies), plural(count(policies), "policy", "policies"), names(policies)]),
	}
}

deny contains finding if {
	some r in users
	policies := [p | some p in items(object.get(configuration(r), "attachedManagedPolicies", [])); is_object(p)]
	count(policies) > 0
	finding := {
		"resource": r.address,
		"path": ["configuration", "attachedManagedPolicies"],
		"message": sprintf("IAM user %s has %d managed %s attached directly (%s).", [name(r), count(policies), plural(count(policies), "policy", "policies"), names(policies)]),
	}
}

users contains r if {
	some r in input.resources
	r.type == "AWS::IAM::User"
}

# configuration(r) is the item's configuration, or an empty object.
configuration(r) := c if {
	c := r.configuration
	is_object(c)
} else := {}

name(r) := n if {
	n := configuration(r).userName
	is_string(n)
} else := n if {
	n := r.name
	is_string(n)
} else := r.address

# names(policies) lists the policy names, for the message.
names(policies) := concat(", ", [n | some p in policies; n := object.get(p, "policyName", null); is_string(n)])

plural(n, one, _) := one if n == 1

plural(n, _, many) := many if n != 1

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
