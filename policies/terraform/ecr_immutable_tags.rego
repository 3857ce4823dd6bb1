# METADATA
# title: ECR repositories make image tags immutable
# description: With mutable tags a push can silently replace the image behind a tag that is already deployed, so a rollback or a new node may run code nobody reviewed.
# custom:
#   id: TG-AWS-ECR-001
#   severity: medium
#   dimension: deployment
#   kinds: [terraform]
#   remediation: |
#     Make tags immutable and give every build a unique tag (for example the commit SHA):
#       resource "aws_ecr_repository" "app" {
#         name                 = "app"
#         image_tag_mutability = "IMMUTABLE"
#       }
package tollgate.terraform.ecr_immutable_tags

import rego.v1

import data.tollgate.lib

# IMMUTABLE_WITH_EXCLUSION keeps tags immutable except for the filters it names.
immutable := {"IMMUTABLE", "IMMUTABLE_WITH_EXCLUSION"}

deny contains finding if {
	some r in lib.resources("aws_ecr_repository")
	managed(r)
	mutability := object.get(attributes(r), "image_tag_mutability", null)
	not lib.is_unknown(mutability)
	not mutability in immutable
	finding := {
		"resource": r.address,
		"path": ["image_tag_mutability"],
		"message": sprintf("ECR repository %s lets a push overwrite an existing image tag.", [r.address]),
	}
}

# attributes(r) is the resource's attributes, {} when it has none.
attributes(r) := r.attributes if is_object(r.attributes)

attributes(r) := {} if not is_object(r.attributes)

# managed(r) leaves out data sources, which only read existing infrastructure.
managed(r) if {
	not r.mode == "data"
}
