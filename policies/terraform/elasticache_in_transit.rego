# METADATA
# title: ElastiCache encrypts data in transit
# description: Without in-transit encryption clients, replicas and AUTH tokens talk to the cache in clear text inside the VPC; the "preferred" transit mode still accepts unencrypted connections. Secondary members of a Global Datastore inherit the setting and are not checked.
# custom:
#   id: TG-AWS-EC-002
#   severity: high
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SC-8"]}
#   remediation: |
#     Require TLS for every connection to the replication group:
#       resource "aws_elasticache_replication_group" "cache" {
#         replication_group_id       = "cache"
#         description                = "Session cache"
#         engine                     = "redis"
#         node_type                  = "cache.r7g.large"
#         num_cache_clusters         = 2
#         transit_encryption_enabled = true
#         transit_encryption_mode    = "required"
#       }
package tollgate.terraform.elasticache_in_transit

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in groups
	not_true(object.get(r.attributes, "transit_encryption_enabled", null))
	finding := {
		"resource": r.address,
		"path": ["transit_encryption_enabled"],
		"message": sprintf("ElastiCache replication group %s does not set transit_encryption_enabled = true, so connections are not encrypted.", [r.address]),
	}
}

deny contains finding if {
	some r in groups
	mode := r.attributes.transit_encryption_mode
	is_string(mode)
	lower(mode) == "preferred"
	finding := {
		"resource": r.address,
		"path": ["transit_encryption_mode"],
		"message": sprintf("ElastiCache replication group %s sets transit_encryption_mode = \"preferred\", which still accepts unencrypted connections.", [r.address]),
	}
}

# Secondary members of a Global Datastore take the primary's settings.
groups contains r if {
	some r in managed("aws_elasticache_replication_group")
	object.get(r.attributes, "global_replication_group_id", null) == null
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
