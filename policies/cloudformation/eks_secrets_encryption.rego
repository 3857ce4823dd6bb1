# METADATA
# title: EKS encrypts Kubernetes secrets with KMS
# description: Without an EncryptionConfig for "secrets", Kubernetes Secrets in the cluster's etcd are protected only by the default AWS owned key; envelope encryption with a customer managed KMS key lets the key policy control and CloudTrail audit who can decrypt them, and lets the key be disabled.
# custom:
#   id: TG-AWS-EKS-002
#   severity: medium
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SC-28", "SC-12"], aws-well-architected: ["SEC08"]}
#   remediation: |
#     Encrypt secrets with a customer managed KMS key:
#       Cluster:
#         Type: AWS::EKS::Cluster
#         Properties:
#           Name: main
#           RoleArn: !GetAtt ClusterRole.Arn
#           ResourcesVpcConfig:
#             SubnetIds: !Ref PrivateSubnets
#           EncryptionConfig:
#             - Resources: [secrets]
#               Provider:
#                 KeyArn: !GetAtt EksKey.Arn
package tollgate.cloudformation.eks_secrets_encryption

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in clusters
	object.get(r.attributes, "EncryptionConfig", null) in {null, []}
	finding := {
		"resource": r.address,
		"path": ["EncryptionConfig"],
		"message": sprintf("EKS cluster %s does not encrypt Kubernetes secrets with a KMS key (no EncryptionConfig).", [r.address]),
	}
}

deny contains finding if {
	some r in clusters
	configs := r.attributes.EncryptionConfig
	is_array(configs)
	count(configs) > 0
	every config in configs {
		known_without_secrets(config)
	}
	finding := {
		"resource": r.address,
		"path": ["EncryptionConfig", 0, "Resources"],
		"message": sprintf("EKS cluster %s has an EncryptionConfig that does not cover \"secrets\".", [r.address]),
	}
}

clusters contains r if {
	some r in lib.resources("AWS::EKS::Cluster")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}

# known_without_secrets(config) holds for an EncryptionConfig entry known not to list secrets.
known_without_secrets(config) if {
	is_object(config)
	not lib.is_unknown(config)
	resources := object.get(config, "Resources", [])
	is_array(resources)
	every x in resources {
		is_string(x)
		x != "secrets"
	}
}
