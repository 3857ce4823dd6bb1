# METADATA
# title: ElastiCache keeps automatic backups
# description: Without a snapshot retention limit above 0 a Redis OSS or Valkey cache takes no daily snapshots, so data lost to a bad flush, a failed node without replica or a deleted cluster cannot be restored. Memcached keeps no snapshots and is not checked.
# custom:
#   id: TG-AWS-EC-004
#   severity: medium
#   dimension: reliability
#   kinds: [terraform]
#   frameworks: {aws-well-architected: ["REL09"], nist-800-53: ["CP-9"]}
#   remediation: |
#     Keep daily snapshots for a number of days:
#       resource "aws_elasticache_replication_group" "cache" {
#         replication_group_id     = "cache"
#         description              = "Session cache"
#         engine                   = "redis"
#         node_type                = "cache.r7g.large"
#         num_cache_clusters       = 2
#         snapshot_retention_limit = 7
#         snapshot_window          = "03:00-05:00"
#       }
package tollgate.terraform.elasticache_backups

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in caches
	object.get(r.attributes, "snapshot_retention_limit", null) == null
	finding := {
		"resource": r.address,
		"path": ["snapshot_retention_limit"],
		"message": sprintf("%s does not set snapshot_retention_limit, so no automatic backups are kept.", [r.address]),
	}
}

deny contains finding if {
	some r in caches
	number(r.attributes.snapshot_retention_limit) == 0
	finding := {
		"resource": r.address,
		"path": ["snapshot_retention_limit"],
		"message": sprintf("%s sets snapshot_retention_limit = 0, so no automatic backups are kept.", [r.address]),
	}
}

caches contains r if {
	some r in managed("aws_elasticache_replication_group")
}

# A single-node Redis OSS or Valkey cluster; members of a replication group are backed up through it.
caches contains r if {
	some r in managed("aws_elasticache_cluster")
	object.get(r.attributes, "replication_group_id", null) == null
	is_string(r.attributes.engine)
	lower(r.attributes.engine) in {"redis", "valkey"}
}

number(x) := x if is_number(x)

number(x) := to_number(x) if {
	is_string(x)
	regex.match(`^[0-9]+$`, x)
}

# managed(t) is the set of managed (not data) resources of type t with known attributes.
managed(t) := {r |
	some r in input.resources
	r.type == t
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}
