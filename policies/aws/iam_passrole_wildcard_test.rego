package tollgate.aws.iam_passrole_wildcard_test

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

managed_policy(versions) := item("AWS::IAM::Policy", "deployer", "arn:aws:iam::111111111111:policy/deployer", {
	"policyName": "deployer", "defaultVersionId": "v2", "attachmentCount": 1, "policyVersionList": versions,
})

test_default_version_pass_any_role_fails if {
	findings := data.tollgate.aws.iam_passrole_wildcard.deny with input as doc([managed_policy([
		{"versionId": "v1", "isDefaultVersion": false, "document": policy([{"Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::111111111111:role/app"}])},
		{"versionId": "v2", "isDefaultVersion": true, "document": policy([
			{"Effect": "Allow", "Action": "ecs:*", "Resource": "*"},
			{"Effect": "Allow", "Action": ["iam:Pass*"], "Resource": "arn:aws:iam::111111111111:role/*"},
		])},
	])])
	count(findings) == 1
	some f in findings
	f.path == ["configuration", "policyVersionList", 1, "document", "Statement", 1]
}

test_user_inline_iam_star_fails if {
	count(data.tollgate.aws.iam_passrole_wildcard.deny) == 1 with input as doc([item("AWS::IAM::User", "ci", "arn:aws:iam::111111111111:user/ci", {
		"userName": "ci",
		"userPolicyList": [{"policyName": "iam", "policyDocument": json.marshal(policy({"Effect": "Allow", "Action": "iam:*", "Resource": "*"}))}],
	})])
}

test_named_role_admin_and_old_version_pass if {
	count(data.tollgate.aws.iam_passrole_wildcard.deny) == 0 with input as doc([
		managed_policy([
			{"versionId": "v1", "isDefaultVersion": false, "document": policy([{"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*"}])},
			{"versionId": "v2", "isDefaultVersion": true, "document": policy([
				{"Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::111111111111:role/app", "Condition": {"StringEquals": {"iam:PassedToService": "ecs-tasks.amazonaws.com"}}},
				{"Effect": "Deny", "Action": "iam:PassRole", "Resource": "*"},
			])},
		]),
		item("AWS::IAM::Role", "admin", "arn:aws:iam::111111111111:role/admin", {
			"roleName": "admin",
			"rolePolicyList": [{"policyName": "all", "policyDocument": policy([{"Effect": "Allow", "Action": "*", "Resource": "*"}])}],
		}),
	])
}

test_missing_values_pass if {
	count(data.tollgate.aws.iam_passrole_wildcard.deny) == 0 with input as doc([
		item("AWS::IAM::Policy", "p", "arn:aws:iam::111111111111:policy/p", {"policyName": "p", "policyVersionList": null}),
		item("AWS::IAM::Group", "g", "arn:aws:iam::111111111111:group/g", {"groupName": "g", "groupPolicyList": [{"policyName": "x", "policyDocument": null}, "junk"]}),
		item("AWS::IAM::Role", "r", "arn:aws:iam::111111111111:role/r", {"roleName": "r", "rolePolicyList": [{"policyName": "y", "policyDocument": policy([{"Effect": "Allow", "Resource": "*"}])}]}),
		item("AWS::SNS::Topic", "t", "arn:aws:sns:eu-west-1:111111111111:t", {"policy": policy([{"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*"}])}),
	])
}
