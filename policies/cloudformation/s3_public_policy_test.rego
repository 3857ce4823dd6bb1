package tollgate.cloudformation.s3_public_policy_test

import rego.v1

import data.tollgate.cloudformation.s3_public_policy as rule

resource(statements) := {"address": "Res", "type": "AWS::S3::BucketPolicy", "name": "Res", "attributes": {"PolicyDocument": {"Version": "2012-10-17", "Statement": statements}}, "refs": []}

test_any_principal_fails if {
	findings := rule.deny with input as {"kind": "cloudformation", "resources": [resource([
		{"Effect": "Allow", "Principal": {"Service": "cloudtrail.amazonaws.com"}, "Action": "s3:GetObject", "Resource": "*"},
		{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"},
	])]}
	count(findings) == 1
	some f in findings
	f.path == ["PolicyDocument", "Statement", 1]
}

test_aws_star_fails if {
	count(rule.deny) == 1 with input as {"kind": "cloudformation", "resources": [resource([{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": ["s3:GetObject"], "Resource": "*"}])]}
}

test_condition_passes if {
	count(rule.deny) == 0 with input as {"kind": "cloudformation", "resources": [resource([
		{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*", "Condition": {"StringEquals": {"aws:SourceVpce": "vpce-1a2b3c4d"}}},
		{"Effect": "Deny", "Principal": "*", "Action": "*", "Resource": "*"},
	])]}
}

test_unknown_principal_not_reported if {
	count(rule.deny) == 0 with input as {"kind": "cloudformation", "resources": [resource([{"Effect": "Allow", "Principal": {"AWS": {"__unknown__": "Fn::Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:root"}}, "Action": "s3:GetObject", "Resource": "*"}])]}
}
