# METADATA
# title: IAM policies are attached to groups or roles, not users
# description: Permissions granted to users one by one drift apart, are hard to review and stay behind when people change jobs. Grant them to groups (or roles) and make users members.
# custom:
#   id: TG-AWS-IAM-002
#   severity: low
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {cis-aws-foundations: ["1.15"]}
#   remediation: |
#     Attach the policy to a group and add the user to it:
#       Deployers:
#         Type: AWS::IAM::Group
#         Properties:
#           ManagedPolicyArns:
#             - !Ref DeployPolicy
#       CiUser:
#         Type: AWS::IAM::User
#         Properties:
#           Groups:
#             - !Ref Deployers
package tollgate.cloudformation.iam_user_policies

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::IAM::User")
	is_object(r.attributes)
	some property in ["Policies", "ManagedPolicyArns"]
	some x in items(r.attributes[property])
	present(x)
	finding := {
		"resource": r.address,
		"path": [property],
		"message": sprintf("IAM user %s has policies of its own (%s).", [r.address, property]),
	}
}

deny contains finding if {
	some r in input.resources
	r.type in {"AWS::IAM::Policy", "AWS::IAM::ManagedPolicy"}
	is_object(r.attributes)
	some x in items(r.attributes.Users)
	present(x)
	finding := {
		"resource": r.address,
		"path": ["Users"],
		"message": sprintf("%s is attached directly to IAM users.", [r.address]),
	}
}

deny contains finding if {
	some r in lib.resources("AWS::IAM::UserPolicy")
	finding := {
		"resource": r.address,
		"path": ["UserName"],
		"message": sprintf("%s gives an inline policy directly to an IAM user.", [r.address]),
	}
}

# present(x): a list element that is certainly there. An unknown element may be an Fn::If
# that resolves to AWS::NoValue.
present(x) if {
	x != null
	not lib.is_unknown(x)
}

present(x) if {
	lib.is_unknown(x)
	not conditional(x)
}

conditional(x) if {
	is_string(x.__unknown__)
	startswith(x.__unknown__, "Fn::If")
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
