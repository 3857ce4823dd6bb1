# METADATA
# title: ECR repositories are encrypted with a customer key
# description: By default ECR encrypts images with S3-managed keys (AES256), which no key policy controls and CloudTrail does not audit per use. KMS encryption (KMS or KMS_DSSE, best with a customer managed key in KmsKey) puts image layers under a key whose use can be restricted and audited. The encryption configuration can only be set when the repository is created.
# custom:
#   id: TG-AWS-ECR-003
#   severity: low
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SC-28", "SC-12"], aws-well-architected: ["SEC08"]}
#   remediation: |
#     Encrypt the repository with KMS (this replaces an existing repository):
#       AppRepository:
#         Type: AWS::ECR::Repository
#         Properties:
#           RepositoryName: acme/app
#           ImageTagMutability: IMMUTABLE
#           EncryptionConfiguration:
#             EncryptionType: KMS
#             KmsKey: !GetAtt EcrKey.Arn
package tollgate.cloudformation.ecr_kms

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in repositories
	object.get(r.attributes, "EncryptionConfiguration", null) == null
	finding := {
		"resource": r.address,
		"path": ["EncryptionConfiguration"],
		"message": sprintf("ECR repository %s has no EncryptionConfiguration, so its images are encrypted with S3-managed keys instead of KMS.", [r.address]),
	}
}

deny contains finding if {
	some r in repositories
	config := r.attributes.EncryptionConfiguration
	is_object(config)
	not lib.is_unknown(config)
	type := object.get(config, "EncryptionType", "AES256")
	is_string(type)
	not upper(type) in {"KMS", "KMS_DSSE"}
	finding := {
		"resource": r.address,
		"path": ["EncryptionConfiguration", "EncryptionType"],
		"message": sprintf("ECR repository %s uses encryption type %s instead of KMS.", [r.address, type]),
	}
}

repositories contains r if {
	some r in lib.resources("AWS::ECR::Repository")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}
