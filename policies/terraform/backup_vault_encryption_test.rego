package tollgate.terraform.backup_vault_encryption_test

import rego.v1

import data.tollgate.terraform.backup_vault_encryption as policy

vault(attrs) := {
	"address": "aws_backup_vault.daily",
	"type": "aws_backup_vault",
	"name": "daily",
	"mode": "managed",
	"attributes": object.union({"name": "daily"}, attrs),
	"refs": [],
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

test_default_key_fails if {
	findings := policy.deny with input as doc([vault({})])
	count(findings) == 1
	some f in findings
	f.path == ["kms_key_arn"]
}

test_aws_managed_alias_fails if {
	count(policy.deny) == 1 with input as doc([vault({"kms_key_arn": "arn:aws:kms:eu-west-1:111122223333:alias/aws/backup"})])
}

test_customer_key_passes if {
	count(policy.deny) == 0 with input as doc([vault({"kms_key_arn": {"__unknown__": "aws_kms_key.backup.arn", "__ref__": "aws_kms_key.backup"}})])
}

test_unknown_key_not_reported if {
	count(policy.deny) == 0 with input as doc([vault({"kms_key_arn": {"__unknown__": "var.kms_key_arn"}})])
}

test_data_source_ignored if {
	count(policy.deny) == 0 with input as doc([object.union(vault({}), {"mode": "data"})])
}
