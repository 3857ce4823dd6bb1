# METADATA
# title: ElastiCache replication groups fail over automatically across AZs
# description: Without automatic failover a failed primary node leaves the cache read-only until someone promotes a replica; without Multi-AZ the replicas may sit in the primary's availability zone and go down with it.
# custom:
#   id: TG-AWS-EC-003
#   severity: medium
#   dimension: reliability
#   kinds: [cloudformation]
#   frameworks: {aws-well-architected: ["REL10"], nist-800-53: ["CP-10"]}
#   remediation: |
#     Keep at least one replica and let ElastiCache promote it in another availability zone:
#       Cache:
#         Type: AWS::ElastiCache::ReplicationGroup
#         Properties:
#           ReplicationGroupDescription: Session cache
#           Engine: redis
#           CacheNodeType: cache.r7g.large
#           NumCacheClusters: 2
#           AutomaticFailoverEnabled: true
#           MultiAZEnabled: true
package tollgate.cloudformation.elasticache_failover

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in groups
	not_true(object.get(r.attributes, "AutomaticFailoverEnabled", null))
	finding := {
		"resource": r.address,
		"path": ["AutomaticFailoverEnabled"],
		"message": sprintf("ElastiCache replication group %s does not set AutomaticFailoverEnabled to true, so a failed primary is not replaced automatically.", [r.address]),
	}
}

deny contains finding if {
	some r in groups
	not_true(object.get(r.attributes, "MultiAZEnabled", null))
	finding := {
		"resource": r.address,
		"path": ["MultiAZEnabled"],
		"message": sprintf("ElastiCache replication group %s does not set MultiAZEnabled to true, so its replicas may share the primary's availability zone.", [r.address]),
	}
}

groups contains r if {
	some r in lib.resources("AWS::ElastiCache::ReplicationGroup")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}

# not_true(x): x is absent or a known false (CloudFormation accepts "false"); an unknown value is neither.
not_true(x) if x == null

not_true(x) if x == false

not_true(x) if {
	is_string(x)
	lower(x) == "false"
}
