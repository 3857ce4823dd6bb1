# METADATA
# title: ECR repositories are encrypted with a customer key
# description: By default ECR encrypts images with S3-managed keys (AES256), which no key policy controls and CloudTrail does not audit per use. KMS encryption (KMS or KMS_DSSE, best with a customer managed key in kms_key) puts image layers under a key whose use can be restricted and audited. The encryption configuration can only be set when the repository is created.
# custom:
#   id: TG-AWS-ECR-003
#   severity: low
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SC-28", "SC-12"], aws-well-architected: ["SEC08"]}
#   remediation: |
#     Encrypt the repository with KMS (this replaces an existing repository):
#       resource "aws_ecr_repository" "app" {
#         name                 = "acme/app"
#         image_tag_mutability = "IMMUTABLE"
#         encryption_configuration {
#           encryption_type = "KMS"
#           kms_key         = aws_kms_key.ecr.arn
#         }
#       }
package tollgate.terraform.ecr_kms

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in repositories
	object.get(r.attributes, "encryption_configuration", null) in {null, []}
	finding := {
		"resource": r.address,
		"path": ["encryption_configuration"],
		"message": sprintf("ECR repository %s has no encryption configuration, so its images are encrypted with S3-managed keys instead of KMS.", [r.address]),
	}
}

deny contains finding if {
	some r in repositories
	some i, config in items(r.attributes.encryption_configuration)
	is_object(config)
	type := object.get(config, "encryption_type", "AES256")
	is_string(type)
	not upper(type) in {"KMS", "KMS_DSSE"}
	finding := {
		"resource": r.address,
		"path": ["encryption_configuration", i, "encryption_type"],
		"message": sprintf("ECR repository %s uses encryption type %s instead of KMS.", [r.address, type]),
	}
}

repositories contains r if {
	some r in lib.resources("aws_ecr_repository")
	not r.mode == "data"
	is_object(r.attributes)
}

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
