package tollgate.cloudformation.iam_user_policies_test

import rego.v1

import data.tollgate.cloudformation.iam_user_policies as rule

resource(address, type, props) := {"address": address, "type": type, "name": address, "attributes": props, "refs": []}

document := {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}

test_user_with_inline_and_managed_policies_fails if {
	findings := rule.deny with input as {"kind": "cloudformation", "resources": [resource("CiUser", "AWS::IAM::User", {
		"Policies": [{"PolicyName": "read", "PolicyDocument": document}],
		"ManagedPolicyArns": ["arn:aws:iam::aws:policy/ReadOnlyAccess"],
	})]}
	{f.path | some f in findings} == {["Policies"], ["ManagedPolicyArns"]}
}

test_policy_attached_to_users_fails if {
	findings := rule.deny with input as {"kind": "cloudformation", "resources": [
		resource("ReadPolicy", "AWS::IAM::ManagedPolicy", {"PolicyDocument": document, "Users": [{"__unknown__": "Ref CiUser", "__ref__": "CiUser"}]}),
		resource("InlinePolicy", "AWS::IAM::Policy", {"PolicyName": "p", "PolicyDocument": document, "Users": ["alice"]}),
		resource("UserPolicy", "AWS::IAM::UserPolicy", {"PolicyName": "p", "PolicyDocument": document, "UserName": "alice"}),
	]}
	{f.resource | some f in findings} == {"ReadPolicy", "InlinePolicy", "UserPolicy"}
}

test_groups_pass if {
	count(rule.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		resource("Deployers", "AWS::IAM::Group", {"ManagedPolicyArns": ["arn:aws:iam::aws:policy/ReadOnlyAccess"], "Policies": [{"PolicyName": "read", "PolicyDocument": document}]}),
		resource("CiUser", "AWS::IAM::User", {"Groups": [{"__unknown__": "Ref Deployers", "__ref__": "Deployers"}], "Policies": []}),
		resource("ReadPolicy", "AWS::IAM::ManagedPolicy", {"PolicyDocument": document, "Groups": ["deployers"], "Roles": ["app"]}),
	]}
}

test_conditional_user_not_reported if {
	count(rule.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		resource("ReadPolicy", "AWS::IAM::ManagedPolicy", {"PolicyDocument": document, "Users": [{"__unknown__": "Fn::If [\"IsDev\",{\"Ref\":\"DevUser\"},{\"Ref\":\"AWS::NoValue\"}]"}]}),
		resource("CiUser", "AWS::IAM::User", {"ManagedPolicyArns": {"__unknown__": "Fn::If [\"IsDev\",[],[]]"}}),
	]}
}
