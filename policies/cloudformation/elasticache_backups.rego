# METADATA
# title: ElastiCache keeps automatic backups
# description: Without a snapshot retention limit above 0 a Redis OSS or Valkey cache takes no daily snapshots, so data lost to a bad flush, a failed node without replica or a deleted cluster cannot be restored. Memcached keeps no snapshots and is not checked.
# custom:
#   id: TG-AWS-EC-004
#   severity: medium
#   dimension: reliability
#   kinds: [cloudformation]
#   frameworks: {aws-well-architected: ["REL09"], nist-800-53: ["CP-9"]}
#   remediation: |
#     Keep daily snapshots for a number of days:
#       Cache:
#         Type: AWS::ElastiCache::ReplicationGroup
#         Properties:
#           ReplicationGroupDescription: Session cache
#           Engine: redis
#           CacheNodeType: cache.r7g.large
#           NumCacheClusters: 2
#           SnapshotRetentionLimit: 7
#           SnapshotWindow: 03:00-05:00
package tollgate.cloudformation.elasticache_backups

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in caches
	object.get(r.attributes, "SnapshotRetentionLimit", null) == null
	finding := {
		"resource": r.address,
		"path": ["SnapshotRetentionLimit"],
		"message": sprintf("%s does not set SnapshotRetentionLimit, so no automatic backups are kept.", [r.address]),
	}
}

deny contains finding if {
	some r in caches
	number(r.attributes.SnapshotRetentionLimit) == 0
	finding := {
		"resource": r.address,
		"path": ["SnapshotRetentionLimit"],
		"message": sprintf("%s sets SnapshotRetentionLimit to 0, so no automatic backups are kept.", [r.address]),
	}
}

caches contains r if {
	some r in known("AWS::ElastiCache::ReplicationGroup")
}

# A single-node Redis OSS or Valkey cluster.
caches contains r if {
	some r in known("AWS::ElastiCache::CacheCluster")
	is_string(r.attributes.Engine)
	lower(r.attributes.Engine) in {"redis", "valkey"}
}

number(x) := x if is_number(x)

number(x) := to_number(x) if {
	is_string(x)
	regex.match(`^[0-9]+$`, x)
}

# known(t) is the set of resources of type t whose Properties are a known object.
known(t) := {r |
	some r in lib.resources(t)
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}
