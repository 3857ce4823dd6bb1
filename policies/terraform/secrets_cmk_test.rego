package tollgate.terraform.secrets_cmk_test

import rego.v1

import data.tollgate.terraform.secrets_cmk as policy

secret(attrs) := {
	"address": "aws_secretsmanager_secret.db",
	"type": "aws_secretsmanager_secret",
	"name": "db",
	"mode": "managed",
	"attributes": object.union({"name": "prod/db"}, attrs),
	"refs": [],
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

test_default_key_fails if {
	findings := policy.deny with input as doc([secret({})])
	count(findings) == 1
	some f in findings
	f.path == ["kms_key_id"]
}

test_aws_managed_alias_fails if {
	count(policy.deny) == 1 with input as doc([secret({"kms_key_id": "alias/aws/secretsmanager"})])
}

test_customer_key_passes if {
	count(policy.deny) == 0 with input as doc([secret({"kms_key_id": {"__unknown__": "aws_kms_key.secrets.arn", "__ref__": "aws_kms_key.secrets"}})])
}

test_unknown_key_not_reported if {
	count(policy.deny) == 0 with input as doc([secret({"kms_key_id": {"__unknown__": "var.kms_key_id"}})])
}

test_data_source_ignored if {
	count(policy.deny) == 0 with input as doc([object.union(secret({}), {"mode": "data"})])
}
