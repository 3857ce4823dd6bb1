# METADATA
# title: ECR repositories expire old images
# description: Without a lifecycle policy an ECR repository keeps every image pushed to it, so untagged layers and years of old builds pile up, storage costs grow, and the repository approaches its image quota until pushes fail.
# custom:
#   id: TG-AWS-ECR-004
#   severity: low
#   dimension: reliability
#   kinds: [cloudformation]
#   frameworks: {}
#   remediation: |
#     Expire untagged images and keep a bounded number of releases:
#       AppRepository:
#         Type: AWS::ECR::Repository
#         Properties:
#           RepositoryName: acme/app
#           LifecyclePolicy:
#             LifecyclePolicyText: |
#               {"rules": [{"rulePriority": 1, "description": "Expire untagged images after 14 days",
#                 "selection": {"tagStatus": "untagged", "countType": "sinceImagePushed",
#                               "countUnit": "days", "countNumber": 14},
#                 "action": {"type": "expire"}}]}
package tollgate.cloudformation.ecr_lifecycle

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::ECR::Repository")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
	not has_policy(object.get(r.attributes, "LifecyclePolicy", null))
	finding := {
		"resource": r.address,
		"path": ["LifecyclePolicy"],
		"message": sprintf("ECR repository %s has no lifecycle policy, so old and untagged images are never expired.", [r.address]),
	}
}

# has_policy(p) holds for a LifecyclePolicy with policy text, or one that cannot be known.
has_policy(p) if lib.is_unknown(p)

has_policy(p) if {
	is_object(p)
	text := p.LifecyclePolicyText
	not text in {null, ""}
}
