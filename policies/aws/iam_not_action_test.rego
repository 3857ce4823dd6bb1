package tollgate.aws.iam_not_action_test

import rego.v1

doc(resources) := {
	"kind": "aws", "path": "aws/111111111111/global",
	"account": "111111111111", "region": "global", "partition": "aws",
	"collected_at": "2026-11-25T02:00:00Z",
	"resources": resources,
}

item(type, name, arn, configuration) := {
	"address": arn, "type": type, "id": name, "name": name, "arn": arn,
	"account": "111111111111", "region": "global", "tags": {},
	"configuration": configuration, "supplementary": {}, "relationships": [],
}

policy(statements) := {"Version": "2012-10-17", "Statement": statements}

test_default_version_not_action_fails if {
	findings := data.tollgate.aws.iam_not_action.deny with input as doc([item("AWS::IAM::Policy", "power", "arn:aws:iam::111111111111:policy/power", {
		"policyName": "power", "defaultVersionId": "v1",
		"policyVersionList": [{"versionId": "v1", "isDefaultVersion": true, "document": policy([{"Effect": "Allow", "NotAction": ["iam:*", "organizations:*"], "Resource": "*"}])}],
	})])
	count(findings) == 1
	some f in findings
	f.path == ["configuration", "policyVersionList", 0, "document", "Statement", 0]
}

test_group_inline_not_action_fails if {
	count(data.tollgate.aws.iam_not_action.deny) == 1 with input as doc([item("AWS::IAM::Group", "devs", "arn:aws:iam::111111111111:group/devs", {
		"groupName": "devs",
		"groupPolicyList": [{"policyName": "most", "policyDocument": policy({"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"})}],
	})])
}

test_deny_not_action_passes if {
	count(data.tollgate.aws.iam_not_action.deny) == 0 with input as doc([item("AWS::IAM::Group", "mfa", "arn:aws:iam::111111111111:group/mfa", {
		"groupName": "mfa",
		"groupPolicyList": [{"policyName": "force-mfa", "policyDocument": policy([
			{"Effect": "Allow", "Action": ["iam:ChangePassword"], "Resource": "*"},
			{"Effect": "Deny", "NotAction": ["iam:*MFA*", "sts:GetSessionToken"], "Resource": "*", "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}},
		])}],
	})])
}

test_non_default_version_and_missing_values_pass if {
	count(data.tollgate.aws.iam_not_action.deny) == 0 with input as doc([
		item("AWS::IAM::Policy", "old", "arn:aws:iam::111111111111:policy/old", {
			"policyName": "old",
			"policyVersionList": [
				{"versionId": "v1", "isDefaultVersion": "false", "document": policy([{"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"}])},
				{"versionId": "v2", "isDefaultVersion": true},
			],
		}),
		item("AWS::IAM::User", "u", "arn:aws:iam::111111111111:user/u", {"userName": "u", "userPolicyList": [{"policyName": "e", "policyDocument": policy([{"Effect": "Allow", "NotAction": [], "Resource": "*"}])}]}),
		item("AWS::IAM::Role", "r", "arn:aws:iam::111111111111:role/r", null),
	])
}
