package tollgate.cloudformation.iam_trust_wildcard_test

import rego.v1

import data.tollgate.cloudformation.iam_trust_wildcard as rule

role(statement) := {"address": "Role", "type": "AWS::IAM::Role", "name": "Role", "attributes": {"AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [statement]}}, "refs": []}

test_principal_star_fails if {
	findings := rule.deny with input as {"kind": "cloudformation", "resources": [role({"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole"})]}
	count(findings) == 1
	some f in findings
	f.path == ["AssumeRolePolicyDocument", "Statement", 0]
}

test_single_statement_fails if {
	count(rule.deny) == 1 with input as {"kind": "cloudformation", "resources": [{"address": "Role", "type": "AWS::IAM::Role", "name": "Role", "attributes": {"AssumeRolePolicyDocument": {"Statement": {"Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole"}}}}]}
}

test_condition_passes if {
	count(rule.deny) == 0 with input as {"kind": "cloudformation", "resources": [role({"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"sts:ExternalId": {"__unknown__": "Ref ExternalId"}}}})]}
}

test_named_principal_passes if {
	count(rule.deny) == 0 with input as {"kind": "cloudformation", "resources": [role({"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "sts:AssumeRole"})]}
}

test_unknown_principal_not_reported if {
	count(rule.deny) == 0 with input as {"kind": "cloudformation", "resources": [role({"Effect": "Allow", "Principal": {"AWS": {"__unknown__": "Ref TrustedPrincipal"}}, "Action": "sts:AssumeRole"})]}
}
