# METADATA
# title: Secrets are encrypted with a customer managed key
# description: Without kms_key_id a secret is encrypted with the account's aws/secretsmanager key, which every principal allowed to call Secrets Manager in the account can use; a customer managed key lets a key policy limit who can decrypt the secret, and is needed to share it with another account.
# custom:
#   id: TG-AWS-SM-002
#   severity: low
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SC-12", "SC-28"]}
#   remediation: |
#     Encrypt the secret with a customer managed KMS key:
#       resource "aws_secretsmanager_secret" "db" {
#         name       = "prod/db"
#         kms_key_id = aws_kms_key.secrets.arn
#       }
package tollgate.terraform.secrets_cmk

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in managed("aws_secretsmanager_secret")
	object.get(r.attributes, "kms_key_id", null) == null
	finding := {
		"resource": r.address,
		"path": ["kms_key_id"],
		"message": sprintf("Secret %s does not set kms_key_id, so it is encrypted with the default aws/secretsmanager key.", [r.address]),
	}
}

deny contains finding if {
	some r in managed("aws_secretsmanager_secret")
	key := r.attributes.kms_key_id
	is_string(key)
	contains(lower(key), "alias/aws/secretsmanager")
	finding := {
		"resource": r.address,
		"path": ["kms_key_id"],
		"message": sprintf("Secret %s is encrypted with the AWS managed key %s instead of a customer managed key.", [r.address, key]),
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
