# METADATA
# title: Backup vaults use a customer managed key
# description: Without a key of its own a backup vault encrypts recovery points with the account's default aws/backup key, whose use cannot be restricted by a key policy or revoked separately, and which cannot be shared to copy recovery points to another account.
# custom:
#   id: TG-AWS-BACKUP-001
#   severity: low
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SC-12", "SC-28"]}
#   remediation: |
#     Encrypt the vault with a customer managed KMS key:
#       resource "aws_backup_vault" "daily" {
#         name        = "daily"
#         kms_key_arn = aws_kms_key.backup.arn
#       }
package tollgate.terraform.backup_vault_encryption

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in managed("aws_backup_vault")
	object.get(r.attributes, "kms_key_arn", null) == null
	finding := {
		"resource": r.address,
		"path": ["kms_key_arn"],
		"message": sprintf("Backup vault %s does not set kms_key_arn, so its recovery points are encrypted with the default aws/backup key.", [r.address]),
	}
}

deny contains finding if {
	some r in managed("aws_backup_vault")
	key := r.attributes.kms_key_arn
	is_string(key)
	contains(lower(key), "alias/aws/backup")
	finding := {
		"resource": r.address,
		"path": ["kms_key_arn"],
		"message": sprintf("Backup vault %s is encrypted with the AWS managed key %s instead of a customer managed key.", [r.address, key]),
	}
}

# managed(t) is the set of managed (not data) resources of type t with known attributes.
managed(t) := {r |
	some r in input.resources
	r.type == t
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}
