# METADATA
# title: ElastiCache replication groups fail over automatically across AZs
# description: Without automatic failover a failed primary node leaves the cache read-only until someone promotes a replica; without Multi-AZ the replicas may sit in the primary's availability zone and go down with it.
# custom:
#   id: TG-AWS-EC-003
#   severity: medium
#   dimension: reliability
#   kinds: [terraform]
#   frameworks: {aws-well-architected: ["REL10"], nist-800-53: ["CP-10"]}
#   remediation: |
#     Keep at least one replica and let ElastiCache promote it in another availability zone:
#       resource "aws_elasticache_replication_group" "cache" {
#         replication_group_id       = "cache"
#         description                = "Session cache"
#         engine                     = "redis"
#         node_type                  = "cache.r7g.large"
#         num_cache_clusters         = 2
#         automatic_failover_enabled = true
#         multi_az_enabled           = true
#       }
package tollgate.terraform.elasticache_failover

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in managed("aws_elasticache_replication_group")
	not_true(object.get(r.attributes, "automatic_failover_enabled", null))
	finding := {
		"resource": r.address,
		"path": ["automatic_failover_enabled"],
		"message": sprintf("ElastiCache replication group %s does not set automatic_failover_enabled = true, so a failed primary is not replaced automatically.", [r.address]),
	}
}

deny contains finding if {
	some r in managed("aws_elasticache_replication_group")
	not_true(object.get(r.attributes, "multi_az_enabled", null))
	finding := {
		"resource": r.address,
		"path": ["multi_az_enabled"],
		"message": sprintf("ElastiCache replication group %s does not set multi_az_enabled = true, so its replicas may share the primary's availability zone.", [r.address]),
	}
}

# not_true(x): x is absent or a known false; an unknown value is neither.
not_true(x) if x == null

not_true(x) if x == false

not_true(x) if {
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
