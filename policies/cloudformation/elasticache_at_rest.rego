# METADATA
# title: ElastiCache encrypts data at rest
# description: Without encryption at rest the cache's data is written unencrypted to disk during synchronisation, swap and backups, including the snapshots exported to S3. Redis OSS replication groups default to unencrypted; Valkey defaults to encrypted. Secondary members of a Global Datastore inherit the setting and are not checked.
# custom:
#   id: TG-AWS-EC-001
#   severity: high
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SC-28"]}
#   remediation: |
#     Encrypt the replication group at rest (only possible when it is created):
#       Cache:
#         Type: AWS::ElastiCache::ReplicationGroup
#         Properties:
#           ReplicationGroupDescription: Session cache
#           Engine: redis
#           CacheNodeType: cache.r7g.large
#           NumCacheClusters: 2
#           AtRestEncryptionEnabled: true
#           KmsKeyId: !Ref CacheKey
package tollgate.cloudformation.elasticache_at_rest

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in groups
	known_false(r.attributes.AtRestEncryptionEnabled)
	finding := {
		"resource": r.address,
		"path": ["AtRestEncryptionEnabled"],
		"message": sprintf("ElastiCache replication group %s sets AtRestEncryptionEnabled to false.", [r.address]),
	}
}

deny contains finding if {
	some r in groups
	object.get(r.attributes, "AtRestEncryptionEnabled", null) == null
	not valkey(r.attributes)
	finding := {
		"resource": r.address,
		"path": ["AtRestEncryptionEnabled"],
		"message": sprintf("ElastiCache replication group %s does not set AtRestEncryptionEnabled to true; Redis OSS groups are unencrypted by default.", [r.address]),
	}
}

# Secondary members of a Global Datastore take the primary's settings.
groups contains r if {
	some r in lib.resources("AWS::ElastiCache::ReplicationGroup")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
	object.get(r.attributes, "GlobalReplicationGroupId", null) == null
}

# Valkey replication groups are encrypted at rest unless told otherwise.
valkey(attrs) if {
	is_string(attrs.Engine)
	lower(attrs.Engine) == "valkey"
}

# An engine that cannot be known may be Valkey.
valkey(attrs) if lib.is_unknown(attrs.Engine)

# CloudFormation accepts booleans as strings ("false").
known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}
