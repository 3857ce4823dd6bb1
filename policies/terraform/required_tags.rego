# METADATA
# title: Resources carry the organization's required tags
# description: "Tags are how costs, ownership and environments are told apart. Every AWS resource that takes tags must carry the keys listed in the organization's required_tags (compared without regard to case). Tags that cannot be known statically are not checked, and tags set by the provider's default_tags are not visible to the scan."
# custom:
#   id: TG-ORG-001
#   severity: low
#   dimension: automation
#   kinds: [terraform]
#   frameworks: {}
#   remediation: |
#     Add the required tags to the resource (or to the provider's default_tags):
#       resource "aws_s3_bucket" "data" {
#         bucket = "acme-data"
#         tags = {
#           owner       = "payments"
#           environment = "production"
#         }
#       }
package tollgate.terraform.required_tags

import rego.v1

import data.tollgate.lib

# Resource types that always take tags: they are checked even when they set none.
commonly_tagged := {
	"aws_s3_bucket", "aws_instance", "aws_db_instance", "aws_rds_cluster", "aws_lb", "aws_alb",
	"aws_dynamodb_table", "aws_sqs_queue", "aws_sns_topic", "aws_lambda_function",
	"aws_ecs_service", "aws_eks_cluster", "aws_vpc", "aws_kms_key",
}

deny contains finding if {
	count(required) > 0
	some r in input.resources
	object.get(r, "mode", "managed") == "managed"
	startswith(r.type, "aws_")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
	keys := tag_keys(r)
	missing := [t | some t in required; not lower(t) in keys]
	count(missing) > 0
	finding := {
		"resource": r.address,
		"path": ["tags"],
		"message": sprintf("%s is missing the required tags: %s.", [r.address, concat(", ", missing)]),
	}
}

# required is the organization's list of required tag keys.
required := [t | some t in items(data.tollgate.organization.required_tags); is_string(t)]

# tag_keys(r) is the set of lower-cased tag keys of r, when they are all known. Tags set
# to null are left out, as Terraform leaves them out.
tag_keys(r) := {lower(k) | some k, v in r.attributes.tags; v != null} if {
	is_object(r.attributes.tags)
	not lib.is_unknown(r.attributes.tags)
}

tag_keys(r) := set() if {
	"tags" in object.keys(r.attributes)
	r.attributes.tags == null
}

tag_keys(r) := set() if {
	not "tags" in object.keys(r.attributes)
	r.type in commonly_tagged
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
