package tollgate.aws.iam_user_policies_test

import rego.v1

doc(resources) := {
	"kind": "aws", "path": "aws/111111111111/global",
	"account": "111111111111", "region": "global", "partition": "aws",
	"collected_at": "2026-11-25T02:00:00Z",
	"resources": resources,
}

user(name, configuration) := {
	"address": sprintf("arn:aws:iam::111111111111:user/%s", [name]), "type": "AWS::IAM::User",
	"id": "AIDAEXAMPLE", "name": name, "arn": sprintf("arn:aws:iam::111111111111:user/%s", [name]),
	"account": "111111111111", "region": "global", "tags": {},
	"configuration": configuration, "supplementary": {}, "relationships": [],
}

test_inline_and_attached_fail if {
	findings := data.tollgate.aws.iam_user_policies.deny with input as doc([user("ci", {
		"userName": "ci", "groupList": [],
		"userPolicyList": [{"policyName": "deploy", "policyDocument": {"Version": "2012-10-17", "Statement": []}}],
		"attachedManagedPolicies": [{"policyName": "ReadOnlyAccess", "policyArn": "arn:aws:iam::aws:policy/ReadOnlyAccess"}],
	})])
	count(findings) == 2
	{f.path | some f in findings} == {["configuration", "userPolicyList"], ["configuration", "attachedManagedPolicies"]}
}

test_group_member_passes if {
	count(data.tollgate.aws.iam_user_policies.deny) == 0 with input as doc([user("alice", {
		"userName": "alice", "groupList": ["developers"],
		"userPolicyList": [], "attachedManagedPolicies": [],
	})])
}

test_null_lists_and_groups_pass if {
	count(data.tollgate.aws.iam_user_policies.deny) == 0 with input as doc([
		user("bob", {"userName": "bob", "userPolicyList": null}),
		user("carol", null),
		{"address": "arn:aws:iam::111111111111:group/developers", "type": "AWS::IAM::Group", "name": "developers",
		 "configuration": {"groupName": "developers", "groupPolicyList": [{"policyName": "dev"}],
		                   "attachedManagedPolicies": [{"policyArn": "arn:aws:iam::aws:policy/PowerUserAccess"}]}},
	])
}
