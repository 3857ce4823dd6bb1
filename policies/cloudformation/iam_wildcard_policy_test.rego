package tollgate.cloudformation.iam_wildcard_policy_test

import rego.v1

import data.tollgate.cloudformation.iam_wildcard_policy as iam

resource(type, props) := {"address": "Res", "type": type, "name": "Res", "attributes": props, "refs": []}

admin_document := {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}

test_managed_policy_fails if {
	findings := iam.deny with input as {"kind": "cloudformation", "resources": [resource("AWS::IAM::ManagedPolicy", {"PolicyDocument": admin_document})]}
	count(findings) == 1
	some f in findings
	f.path == ["PolicyDocument", "Statement", 0]
}

test_policy_single_statement_fails if {
	findings := iam.deny with input as {"kind": "cloudformation", "resources": [resource("AWS::IAM::Policy", {
		"PolicyName": "admin",
		"PolicyDocument": {"Statement": {"Effect": "Allow", "Action": ["*"], "Resource": "*"}},
	})]}
	count(findings) == 1
	some f in findings
	f.path == ["PolicyDocument", "Statement"]
}

test_role_inline_policy_fails if {
	findings := iam.deny with input as {"kind": "cloudformation", "resources": [resource("AWS::IAM::Role", {
		"AssumeRolePolicyDocument": {"Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]},
		"Policies": [{"PolicyName": "admin", "PolicyDocument": admin_document}],
	})]}
	count(findings) == 1
	some f in findings
	f.path == ["Policies", 0, "PolicyDocument", "Statement", 0]
}

test_json_string_document_fails if {
	count(iam.deny) == 1 with input as {"kind": "cloudformation", "resources": [resource("AWS::IAM::ManagedPolicy", {"PolicyDocument": json.marshal(admin_document)})]}
}

test_scoped_policy_passes if {
	count(iam.deny) == 0 with input as {"kind": "cloudformation", "resources": [resource("AWS::IAM::ManagedPolicy", {"PolicyDocument": {"Statement": [
		{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"},
		{"Effect": "Deny", "Action": "*", "Resource": "*"},
	]}})]}
}

test_unknown_resource_not_reported if {
	count(iam.deny) == 0 with input as {"kind": "cloudformation", "resources": [resource("AWS::IAM::ManagedPolicy", {"PolicyDocument": {"Statement": [{"Effect": "Allow", "Action": "*", "Resource": {"__unknown__": "Fn::Sub ${Bucket.Arn}/*"}}]}})]}
}
