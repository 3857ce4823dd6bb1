package tollgate.cloudformation.kms_key_policy_wildcard_test

import rego.v1

import data.tollgate.cloudformation.kms_key_policy_wildcard as rule

resource(statements) := {"address": "Res", "type": "AWS::KMS::Key", "name": "Res", "attributes": {"KeyPolicy": {"Version": "2012-10-17", "Statement": statements}}, "refs": []}

test_any_principal_fails if {
	findings := rule.deny with input as {"kind": "cloudformation", "resources": [resource([
		{"Effect": "Allow", "Principal": {"Service": "cloudtrail.amazonaws.com"}, "Action": "kms:Decrypt", "Resource": "*"},
		{"Effect": "Allow", "Principal": "*", "Action": "kms:Decrypt", "Resource": "*"},
	])]}
	count(findings) == 1
	some f in findings
	f.path == ["KeyPolicy", "Statement", 1]
}

test_aws_star_fails if {
	count(rule.deny) == 1 with input as {"kind": "cloudformation", "resources": [resource([{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": ["kms:Decrypt"], "Resource": "*"}])]}
}

test_condition_passes if {
	count(rule.deny) == 0 with input as {"kind": "cloudformation", "resources": [resource([
		{"Effect": "Allow", "Principal": "*", "Action": "kms:Decrypt", "Resource": "*", "Condition": {"StringEquals": {"kms:CallerAccount": "123456789012", "kms:ViaService": "ec2.eu-west-1.amazonaws.com"}}},
		{"Effect": "Deny", "Principal": "*", "Action": "*", "Resource": "*"},
	])]}
}

test_unknown_principal_not_reported if {
	count(rule.deny) == 0 with input as {"kind": "cloudformation", "resources": [resource([{"Effect": "Allow", "Principal": {"AWS": {"__unknown__": "Fn::Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:root"}}, "Action": "kms:Decrypt", "Resource": "*"}])]}
}
