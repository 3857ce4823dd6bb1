# METADATA
# title: Secrets are encrypted with a customer managed key
# description: Without KmsKeyId a secret is encrypted with the account's aws/secretsmanager key, which every principal allowed to call Secrets Manager in the account can use; a customer managed key lets a key policy limit who can decrypt the secret, and is needed to share it with another account.
# custom:
#   id: TG-AWS-SM-002
#   severity: low
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SC-12", "SC-28"]}
#   remediation: |
#     Encrypt the secret with a customer managed KMS key:
#       DbSecret:
#         Type: AWS::SecretsManager::Secret
#         Properties:
#           Name: prod/db
#           KmsKeyId: !Ref SecretsKey
package tollgate.cloudformation.secrets_cmk

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in secrets
	object.get(r.attributes, "KmsKeyId", null) == null
	finding := {
		"resource": r.address,
		"path": ["KmsKeyId"],
		"message": sprintf("Secret %s does not set KmsKeyId, so it is encrypted with the default aws/secretsmanager key.", [r.address]),
	}
}

deny contains finding if {
	some r in secrets
	key := r.attributes.KmsKeyId
	is_string(key)
	contains(lower(key), "alias/aws/secretsmanager")
	finding := {
		"resource": r.address,
		"path": ["KmsKeyId"],
		"message": sprintf("Secret %s is encrypted with the AWS managed key %s instead of a customer managed key.", [r.address, key]),
	}
}

secrets contains r if {
	some r in lib.resources("AWS::SecretsManager::Secret")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}
