# METADATA
# title: ECR repositories expire old images
# description: Without a lifecycle policy an ECR repository keeps every image pushed to it, so untagged layers and years of old builds pile up, storage costs grow, and the repository approaches its image quota until pushes fail. A repository counts as covered when an aws_ecr_lifecycle_policy of the configuration refers to it (by reference or by name).
# custom:
#   id: TG-AWS-ECR-004
#   severity: low
#   dimension: reliability
#   kinds: [terraform]
#   frameworks: {}
#   remediation: |
#     Expire untagged images and keep a bounded number of releases:
#       resource "aws_ecr_lifecycle_policy" "app" {
#         repository = aws_ecr_repository.app.name
#         policy = jsonencode({
#           rules = [{
#             rulePriority = 1
#             description  = "Expire untagged images after 14 days"
#             selection = {
#               tagStatus   = "untagged"
#               countType   = "sinceImagePushed"
#               countUnit   = "days"
#               countNumber = 14
#             }
#             action = { type = "expire" }
#           }]
#         })
#       }
package tollgate.terraform.ecr_lifecycle

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("aws_ecr_repository")
	not r.mode == "data"
	is_object(r.attributes)
	not covered(r)
	finding := {
		"resource": r.address,
		"path": ["name"],
		"message": sprintf("ECR repository %s has no lifecycle policy, so old and untagged images are never expired.", [r.address]),
	}
}

covered(repository) if {
	some p in lib.resources("aws_ecr_lifecycle_policy")
	not p.mode == "data"
	for_repository(p, repository)
}

# for_repository(p, r): lifecycle policy p applies, or may apply, to repository r.
for_repository(p, r) if {
	name := p.attributes.repository
	is_string(name)
	name == r.attributes.name
}

for_repository(p, r) if same_resource(p.attributes.repository.__ref__, r.address)

# A reference resolved to a name that is not known matches through the policy's refs.
for_repository(p, r) if {
	not is_string(p.attributes.repository)
	some ref in items(object.get(p, "refs", []))
	same_resource(ref, r.address)
}

# A repository argument that cannot be known and names no resource may be any repository.
for_repository(p, r) if {
	lib.is_unknown(p.attributes.repository)
	not p.attributes.repository.__ref__
	count([ref | some ref in items(object.get(p, "refs", [])); startswith(ref, "aws_ecr_repository.")]) == 0
}

# same_resource(ref, address): ref names the resource at address, or all instances of its count/for_each.
same_resource(ref, address) if ref == address

same_resource(ref, address) if ref == regex.replace(address, `\[[^\]]*\]$`, "")

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
