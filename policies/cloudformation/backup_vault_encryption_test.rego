package tollgate.cloudformation.backup_vault_encryption_test

import rego.v1

import data.tollgate.cloudformation.backup_vault_encryption as policy

vault(props) := {"address": "BackupVault", "type": "AWS::Backup::BackupVault", "name": "BackupVault", "attributes": object.union({"BackupVaultName": "daily"}, props), "refs": []}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "resources": resources, "parameters": {}, "conditions": {}}

test_default_key_fails if {
	findings := policy.deny with input as doc([vault({})])
	count(findings) == 1
	some f in findings
	f.path == ["EncryptionKeyArn"]
}

test_aws_managed_alias_fails if {
	count(policy.deny) == 1 with input as doc([vault({"EncryptionKeyArn": "arn:aws:kms:eu-west-1:111122223333:alias/aws/backup"})])
}

test_customer_key_passes if {
	count(policy.deny) == 0 with input as doc([vault({"EncryptionKeyArn": {"__unknown__": "Fn::GetAtt BackupKey.Arn", "__ref__": "BackupKey"}})])
}

test_unknown_key_not_reported if {
	count(policy.deny) == 0 with input as doc([vault({"EncryptionKeyArn": {"__unknown__": "Fn::If UseKey"}})])
}
