# METADATA
# title: Backup vaults use a customer managed key
# description: Without a key of its own a backup vault encrypts recovery points with the account's default aws/backup key, whose use cannot be restricted by a key policy or revoked separately, and which cannot be shared to copy recovery points to another account.
# custom:
#   id: TG-AWS-BACKUP-001
#   severity: low
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SC-12", "SC-28"]}
#   remediation: |
#     Encrypt the vault with a customer managed KMS key:
#       BackupVault:
#         Type: AWS::Backup::BackupVault
#         Properties:
#           BackupVaultName: daily
#           EncryptionKeyArn: !GetAtt BackupKey.Arn
package tollgate.cloudformation.backup_vault_encryption

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in vaults
	object.get(r.attributes, "EncryptionKeyArn", null) == null
	finding := {
		"resource": r.address,
		"path": ["EncryptionKeyArn"],
		"message": sprintf("Backup vault %s does not set EncryptionKeyArn, so its recovery points are encrypted with the default aws/backup key.", [r.address]),
	}
}

deny contains finding if {
	some r in vaults
	key := r.attributes.EncryptionKeyArn
	is_string(key)
	contains(lower(key), "alias/aws/backup")
	finding := {
		"resource": r.address,
		"path": ["EncryptionKeyArn"],
		"message": sprintf("Backup vault %s is encrypted with the AWS managed key %s instead of a customer managed key.", [r.address, key]),
	}
}

vaults contains r if {
	some r in lib.resources("AWS::Backup::BackupVault")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}
