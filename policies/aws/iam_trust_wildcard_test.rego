package tollgate.aws.iam_trust_wildcard_test

import rego.v1

doc(resources) := {
	"kind": "aws", "path": "aws/111111111111/global",
	"account": "111111111111", "region": "global", "partition": "aws",
	"collected_at": "2026-11-25T02:00:00Z",
	"resources": resources,
}

role(name, trust) := {
	"address": sprintf("arn:aws:iam::111111111111:role/%s", [name]), "type": "AWS::IAM::Role",
	"id": "AROAEXAMPLE", "name": name, "arn": sprintf("arn:aws:iam::111111111111:role/%s", [name]),
	"account": "111111111111", "region": "global", "tags": {},
	"configuration": {"roleName": name, "assumeRolePolicyDocument": trust, "rolePolicyList": [], "attachedManagedPolicies": []},
	"supplementary": {}, "relationships": [],
}

test_any_aws_principal_fails if {
	findings := data.tollgate.aws.iam_trust_wildcard.deny with input as doc([role("partner", {"Version": "2012-10-17", "Statement": [
		{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"},
		{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole"},
	]})])
	count(findings) == 1
	some f in findings
	f.path == ["configuration", "assumeRolePolicyDocument", "Statement", 1]
}

test_star_principal_json_string_fails if {
	count(data.tollgate.aws.iam_trust_wildcard.deny) == 1 with input as doc([role("open", `{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole"}}`)])
}

test_conditioned_or_named_principal_passes if {
	count(data.tollgate.aws.iam_trust_wildcard.deny) == 0 with input as doc([
		role("org", {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc123"}}}]}),
		role("partner", {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::222222222222:root"}, "Action": "sts:AssumeRole"}]}),
		role("deny", {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Principal": "*", "Action": "sts:AssumeRole"}]}),
	])
}

test_missing_trust_policy_passes if {
	count(data.tollgate.aws.iam_trust_wildcard.deny) == 0 with input as doc([
		role("empty", null),
		{"address": "arn:aws:iam::111111111111:role/bare", "type": "AWS::IAM::Role", "name": "bare", "configuration": null},
		{"address": "arn:aws:iam::111111111111:user/u", "type": "AWS::IAM::User", "name": "u", "configuration": {"assumeRolePolicyDocument": {"Statement": [{"Effect": "Allow", "Principal": "*"}]}}},
	])
}
