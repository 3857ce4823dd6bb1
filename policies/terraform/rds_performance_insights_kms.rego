# METADATA
# title: Performance Insights data is encrypted with a customer key
# description: Performance Insights keeps query text and wait statistics of the database. Without a key of its own it is encrypted with the account's default aws/rds key, whose use cannot be restricted or revoked separately from every other RDS resource.
# custom:
#   id: TG-AWS-RDS-011
#   severity: low
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SC-12", "SC-28"]}
#   remediation: |
#     Encrypt Performance Insights with a customer managed KMS key:
#       resource "aws_db_instance" "app" {
#         engine                          = "postgres"
#         instance_class                  = "db.t3.medium"
#         performance_insights_enabled    = true
#         performance_insights_kms_key_id = aws_kms_key.rds.arn
#       }
package tollgate.terraform.rds_performance_insights_kms

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in with_insights
	object.get(r.attributes, "performance_insights_kms_key_id", null) == null
	finding := {
		"resource": r.address,
		"path": ["performance_insights_kms_key_id"],
		"message": sprintf("%s enables Performance Insights without performance_insights_kms_key_id, so its data is encrypted with the default aws/rds key.", [r.address]),
	}
}

deny contains finding if {
	some r in with_insights
	key := r.attributes.performance_insights_kms_key_id
	aws_managed(key)
	finding := {
		"resource": r.address,
		"path": ["performance_insights_kms_key_id"],
		"message": sprintf("%s encrypts Performance Insights with the AWS managed key %s instead of a customer managed key.", [r.address, key]),
	}
}

with_insights contains r if {
	some t in ["aws_db_instance", "aws_rds_cluster_instance", "aws_rds_cluster"]
	some r in managed(t)
	truthy(r.attributes.performance_insights_enabled)
}

# aws_managed(key): a key named by the alias of the AWS managed RDS key.
aws_managed(key) if {
	is_string(key)
	contains(lower(key), "alias/aws/rds")
}

truthy(x) if x == true

truthy(x) if {
	is_string(x)
	lower(x) == "true"
}

# managed(t) is the set of managed (not data) resources of type t with known attributes.
managed(t) := {r |
	some r in input.resources
	r.type == t
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}
