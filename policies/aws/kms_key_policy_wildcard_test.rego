package tollgate.aws.kms_key_policy_wildcard_test

import rego.v1

import data.tollgate.aws.kms_key_policy_wildcard

doc(resources) := {
	"kind": "aws", "path": "aws/111111111111/eu-west-1", "account": "111111111111",
	"region": "eu-west-1", "partition": "aws", "collected_at": "2026-11-25T02:00:00Z",
	"resources": resources,
}

item(type, id, arn, configuration, supplementary) := {
	"address": arn, "type": type, "id": id, "name": id, "arn": arn,
	"account": "111111111111", "region": "eu-west-1", "tags": {},
	"configuration": configuration, "supplementary": supplementary, "relationships": [],
}

key(id, configuration, supplementary) := item("AWS::KMS::Key", id, sprintf("arn:aws:kms:eu-west-1:111111111111:key/%s", [id]), object.union({
	"keyId": id, "arn": sprintf("arn:aws:kms:eu-west-1:111111111111:key/%s", [id]),
	"enabled": true, "keyState": "Enabled", "keyUsage": "ENCRYPT_DECRYPT", "origin": "AWS_KMS",
	"keyManager": "CUSTOMER", "customerMasterKeySpec": "SYMMETRIC_DEFAULT", "keySpec": "SYMMETRIC_DEFAULT",
	"encryptionAlgorithms": ["SYMMETRIC_DEFAULT"], "multiRegion": false, "description": "",
}, configuration), supplementary)

root_statement := {"Sid": "Enable IAM User Permissions", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111111111111:root"}, "Action": "kms:*", "Resource": "*"}

public_statement := {"Sid": "Everyone", "Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "kms:Decrypt", "Resource": "*"}

key_policy(statements) := {"Policy": {"Version": "2012-10-17", "Id": "key-default-1", "Statement": statements}}

test_public_key_policy_fails if {
	findings := kms_key_policy_wildcard.deny with input as doc([key("1111", {}, key_policy([root_statement, public_statement]))])
	count(findings) == 1
	some f in findings
	f.resource == "arn:aws:kms:eu-west-1:111111111111:key/1111"
	f.path == ["supplementary", "Policy", "Statement", 1]
}

test_star_principal_and_text_policy_fail if {
	findings := kms_key_policy_wildcard.deny with input as doc([
		key("1111", {}, key_policy([object.union(public_statement, {"Principal": "*"})])),
		key("2222", {}, {"Policy": json.marshal({"Statement": [public_statement]})}),
		key("3333", {"keyPolicy": {"Statement": public_statement}}, {}),
	])
	{f.path | some f in findings} == {
		["supplementary", "Policy", "Statement", 0],
		["supplementary", "Policy"],
		["configuration", "keyPolicy", "Statement"],
	}
}

test_conditioned_and_named_principals_pass if {
	# The AWS managed key policy: any principal, but only through a service of this account.
	count(kms_key_policy_wildcard.deny) == 0 with input as doc([key("1111", {"keyManager": "AWS"}, key_policy([
		root_statement,
		object.union(public_statement, {"Condition": {"StringEquals": {"kms:CallerAccount": "111111111111", "kms:ViaService": "s3.eu-west-1.amazonaws.com"}}}),
		{"Effect": "Deny", "Principal": "*", "Action": "kms:*", "Resource": "*"},
	]))])
}

test_no_policy_passes if {
	count(kms_key_policy_wildcard.deny) == 0 with input as doc([
		key("1111", {}, {}),
		key("2222", {}, {"Policy": null}),
		key("3333", {}, {"Policy": "not json"}),
		object.remove(key("4444", {}, {}), ["supplementary", "configuration"]),
	])
}
