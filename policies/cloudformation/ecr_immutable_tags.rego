# METADATA
# title: ECR repositories make image tags immutable
# description: With mutable tags a push can silently replace the image behind a tag that is already deployed, so a rollback or a new node may run code nobody reviewed.
# custom:
#   id: TG-AWS-ECR-001
#   severity: medium
#   dimension: deployment
#   kinds: [cloudformation]
#   remediation: |
#     Make tags immutable and give every build a unique tag (for example the commit SHA):
#       AppRepository:
#         Type: AWS::ECR::Repository
#         Properties:
#           RepositoryName: !Sub ${AWS::StackName}-app
#           ImageTagMutability: IMMUTABLE
package tollgate.cloudformation.ecr_immutable_tags

import rego.v1

import data.tollgate.lib

# IMMUTABLE_WITH_EXCLUSION keeps tags immutable except for the filters it names.
immutable := {"IMMUTABLE", "IMMUTABLE_WITH_EXCLUSION"}

deny contains finding if {
	some r in lib.resources("AWS::ECR::Repository")
	mutability := object.get(attributes(r), "ImageTagMutability", null)
	not lib.is_unknown(mutability)
	not mutability in immutable
	finding := {
		"resource": r.address,
		"path": ["ImageTagMutability"],
		"message": sprintf("ECR repository %s lets a push overwrite an existing image tag.", [r.address]),
	}
}

# attributes(r) is the resource's resolved Properties, {} when it has none.
attributes(r) := r.attributes if is_object(r.attributes)

attributes(r) := {} if not is_object(r.attributes)
