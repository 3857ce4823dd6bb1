# METADATA
# title: ElastiCache encrypts data at rest
# description: Without encryption at rest the cache's data is written unencrypted to disk during synchronisation, swap and backups, including the snapshots exported to S3. Redis OSS replication groups default to unencrypted; Valkey defaults to encrypted. Secondary members of a Global Datastore inherit the setting and are not checked.
# custom:
#   id: TG-AWS-EC-001
#   severity: high
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SC-28"]}
#   remediation: |
#     Encrypt the replication group at rest (only possible when it is created):
#       resource "aws_elasticache_replication_group" "cache" {
#         replication_group_id       = "cache"
#         description                = "Session cache"
#         engine                     = "redis"
#         node_type                  = "cache.r7g.large"
#         num_cache_clusters         = 2
#         at_rest_encryption_enabled = true
#         kms_key_id                 = aws_kms_key.cache.arn
#       }
package tollgate.terraform.elasticache_at_rest

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in groups
	known_false(r.attributes.at_rest_encryption_enabled)
	finding := {
		"resource": r.address,
		"path": ["at_rest_encryption_enabled"],
		"message": sprintf("ElastiCache replication group %s sets at_rest_encryption_enabled = false.", [r.address]),
	}
}

deny contains finding if {
	some r in groups
	object.get(r.attributes, "at_rest_encryption_enabled", null) == null
	not valkey(r.attributes)
	finding := {
		"resource": r.address,
		"path": ["at_rest_encryption_enabled"],
		"message": sprintf("ElastiCache replication group %s does not set at_rest_encryption_enabled = true; Redis OSS groups are unencrypted by default.", [r.address]),
	}
}

# Secondary members of a Global Datastore take the primary's settings.
groups contains r if {
	some r in managed("aws_elasticache_replication_group")
	object.get(r.attributes, "global_replication_group_id", null) == null
}

# Valkey replication groups are encrypted at rest unless told otherwise.
valkey(attrs) if {
	is_string(attrs.engine)
	lower(attrs.engine) == "valkey"
}

# An engine that cannot be known may be Valkey.
valkey(attrs) if lib.is_unknown(attrs.engine)

known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}

# managed(t) is the set of managed (not data) resources of type t with known attributes.
managed(t) := {r |
	some r in input.resources
	r.type == t
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}
