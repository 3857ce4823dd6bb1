# METADATA
# title: ElastiCache encrypts data in transit
# description: Without in-transit encryption clients, replicas and AUTH tokens talk to the cache in clear text inside the VPC; the "preferred" transit mode still accepts unencrypted connections. Secondary members of a Global Datastore inherit the setting and are not checked.
# custom:
#   id: TG-AWS-EC-002
#   severity: high
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SC-8"]}
#   remediation: |
#     Require TLS for every connection to the replication group:
#       Cache:
#         Type: AWS::ElastiCache::ReplicationGroup
#         Properties:
#           ReplicationGroupDescription: Session cache
#           Engine: redis
#           CacheNodeType: cache.r7g.large
#           NumCacheClusters: 2
#           TransitEncryptionEnabled: true
#           TransitEncryptionMode: required
package tollgate.cloudformation.elasticache_in_transit

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in groups
	not_true(object.get(r.attributes, "TransitEncryptionEnabled", null))
	finding := {
		"resource": r.address,
		"path": ["TransitEncryptionEnabled"],
		"message": sprintf("ElastiCache replication group %s does not set TransitEncryptionEnabled to true, so connections are not encrypted.", [r.address]),
	}
}

deny contains finding if {
	some r in groups
	mode := r.attributes.TransitEncryptionMode
	is_string(mode)
	lower(mode) == "preferred"
	finding := {
		"resource": r.address,
		"path": ["TransitEncryptionMode"],
		"message": sprintf("ElastiCache replication group %s sets TransitEncryptionMode to preferred, which still accepts unencrypted connections.", [r.address]),
	}
}

# Secondary members of a Global Datastore take the primary's settings.
groups contains r if {
	some r in lib.resources("AWS::ElastiCache::ReplicationGroup")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
	object.get(r.attributes, "GlobalReplicationGroupId", null) == null
}

# not_true(x): x is absent or a known false (CloudFormation accepts "false"); an unknown value is neither.
not_true(x) if x == null

not_true(x) if x == false

not_true(x) if {
	is_string(x)
	lower(x) == "false"
}
