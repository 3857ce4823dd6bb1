package tollgate.aws.iam_wildcard_policy_test

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

admin_doc := {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}

scoped_doc := {"Version": "2012-10-17", "Statement": [
	{"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "arn:aws:s3:::acme-data/*"},
	{"Effect": "Deny", "Action": "*", "Resource": "*"},
]}

managed_policy(versions) := item("AWS::IAM::Policy", "ops", "arn:aws:iam::111111111111:policy/ops", {
	"policyName": "ops", "arn": "arn:aws:iam::111111111111:policy/ops", "defaultVersionId": "v2",
	"attachmentCount": 1, "policyVersionList": versions,
})

test_default_version_admin_fails if {
	findings := data.tollgate.aws.iam_wildcard_policy.deny with input as doc([managed_policy([
		{"versionId": "v1", "isDefaultVersion": false, "document": scoped_doc},
		{"versionId": "v2", "isDefaultVersion": true, "document": admin_doc},
	])])
	count(findings) == 1
	some f in findings
	f.resource == "arn:aws:iam::111111111111:policy/ops"
	f.path == ["configuration", "policyVersionList", 1, "document", "Statement", 0]
}

test_old_version_admin_passes if {
	count(data.tollgate.aws.iam_wildcard_policy.deny) == 0 with input as doc([managed_policy([
		{"versionId": "v1", "isDefaultVersion": false, "document": admin_doc},
		{"versionId": "v2", "isDefaultVersion": true, "document": scoped_doc},
	])])
}

test_string_default_flag_and_json_document_fail if {
	count(data.tollgate.aws.iam_wildcard_policy.deny) == 1 with input as doc([managed_policy([
		{"versionId": "v2", "isDefaultVersion": "true", "document": json.marshal(admin_doc)},
	])])
}

test_role_inline_policy_fails if {
	count(data.tollgate.aws.iam_wildcard_policy.deny) == 1 with input as doc([item("AWS::IAM::Role", "ci", "arn:aws:iam::111111111111:role/ci", {
		"roleName": "ci",
		"rolePolicyList": [
			{"policyName": "read", "policyDocument": scoped_doc},
			{"policyName": "admin", "policyDocument": {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": ["ec2:*", "*"], "Resource": ["*"]}}},
		],
		"attachedManagedPolicies": [],
	})])
}

test_administrator_access_attached_fails if {
	findings := data.tollgate.aws.iam_wildcard_policy.deny with input as doc([
		item("AWS::IAM::Group", "admins", "arn:aws:iam::111111111111:group/admins", {
			"groupName": "admins", "groupPolicyList": [],
			"attachedManagedPolicies": [{"policyName": "AdministratorAccess", "policyArn": "arn:aws:iam::aws:policy/AdministratorAccess"}],
		}),
		item("AWS::IAM::User", "alice", "arn:aws:iam::111111111111:user/alice", {
			"userName": "alice", "userPolicyList": [],
			"attachedManagedPolicies": [{"policyName": "ReadOnlyAccess", "policyArn": "arn:aws:iam::aws:policy/ReadOnlyAccess"}],
		}),
	])
	count(findings) == 1
	some f in findings
	f.path == ["configuration", "attachedManagedPolicies", 0, "policyArn"]
}

test_missing_lists_and_other_types_pass if {
	count(data.tollgate.aws.iam_wildcard_policy.deny) == 0 with input as doc([
		item("AWS::IAM::User", "bob", "arn:aws:iam::111111111111:user/bob", {"userName": "bob", "userPolicyList": null, "attachedManagedPolicies": "none"}),
		item("AWS::IAM::Policy", "empty", "arn:aws:iam::111111111111:policy/empty", {"policyName": "empty"}),
		item("AWS::S3::Bucket", "acme", "arn:aws:s3:::acme", {"name": "acme"}),
		item("AWS::IAM::Role", "x", "arn:aws:iam::111111111111:role/x", null),
	])
}
