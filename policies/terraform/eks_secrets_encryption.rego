# METADATA
# title: EKS encrypts Kubernetes secrets with KMS
# description: Without an encryption_config for "secrets", Kubernetes Secrets in the cluster's etcd are protected only by the default AWS owned key; envelope encryption with a customer managed KMS key lets the key policy control and CloudTrail audit who can decrypt them, and lets the key be disabled.
# custom:
#   id: TG-AWS-EKS-002
#   severity: medium
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SC-28", "SC-12"], aws-well-architected: ["SEC08"]}
#   remediation: |
#     Encrypt secrets with a customer managed KMS key:
#       resource "aws_eks_cluster" "main" {
#         name     = "main"
#         role_arn = aws_iam_role.cluster.arn
#         vpc_config {
#           subnet_ids = var.private_subnet_ids
#         }
#         encryption_config {
#           resources = ["secrets"]
#           provider {
#             key_arn = aws_kms_key.eks.arn
#           }
#         }
#       }
package tollgate.terraform.eks_secrets_encryption

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in clusters
	object.get(r.attributes, "encryption_config", null) in {null, []}
	finding := {
		"resource": r.address,
		"path": ["encryption_config"],
		"message": sprintf("EKS cluster %s does not encrypt Kubernetes secrets with a KMS key (no encryption_config).", [r.address]),
	}
}

deny contains finding if {
	some r in clusters
	configs := r.attributes.encryption_config
	is_array(configs)
	count(configs) > 0
	every config in configs {
		known_without_secrets(config)
	}
	finding := {
		"resource": r.address,
		"path": ["encryption_config", 0, "resources"],
		"message": sprintf("EKS cluster %s has an encryption_config that does not cover \"secrets\".", [r.address]),
	}
}

clusters contains r if {
	some r in lib.resources("aws_eks_cluster")
	not r.mode == "data"
	is_object(r.attributes)
}

# known_without_secrets(config) holds for an encryption_config block known not to list secrets.
known_without_secrets(config) if {
	is_object(config)
	not lib.is_unknown(config)
	resources := object.get(config, "resources", [])
	is_array(resources)
	every x in resources {
		is_string(x)
		x != "secrets"
	}
}
