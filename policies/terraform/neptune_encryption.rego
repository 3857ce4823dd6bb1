# METADATA
# title: Neptune clusters are encrypted
# description: A Neptune cluster without storage encryption keeps its graph, automated backups and snapshots in clear text, and encryption cannot be turned on later without restoring into a new cluster. storage_encrypted defaults to false. Clusters restored from a snapshot, read replicas of another cluster and members of a global database take their encryption from the source when storage_encrypted is unset and are not reported.
# custom:
#   id: TG-AWS-NEP-001
#   severity: high
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SC-28"]}
#   remediation: |
#     Create the cluster encrypted, preferably with a customer managed KMS key:
#       resource "aws_neptune_cluster" "graph" {
#         cluster_identifier                  = "graph"
#         engine                              = "neptune"
#         iam_database_authentication_enabled = true
#         storage_encrypted                   = true
#         kms_key_arn                         = aws_kms_key.neptune.arn
#       }
package tollgate.terraform.neptune_encryption

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in managed("aws_neptune_cluster")
	known_false(r.attributes.storage_encrypted)
	finding := {
		"resource": r.address,
		"path": ["storage_encrypted"],
		"message": sprintf("Neptune cluster %s sets storage_encrypted = false, so its data and backups are stored unencrypted.", [r.address]),
	}
}

deny contains finding if {
	some r in managed("aws_neptune_cluster")
	unset(r.attributes, "storage_encrypted")
	not inherits_encryption(r.attributes)
	finding := {
		"resource": r.address,
		"path": ["storage_encrypted"],
		"message": sprintf("Neptune cluster %s does not set storage_encrypted = true; the default is unencrypted storage.", [r.address]),
	}
}

# Restored clusters, replicas and global-database members take their encryption from their source.
inherits_encryption(attrs) if {
	some name in ["snapshot_identifier", "replication_source_identifier", "global_cluster_identifier"]
	not unset(attrs, name)
}

known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}

unset(attrs, name) if object.get(attrs, name, null) == null

# managed(t) is the set of managed (not data) resources of type t with known attributes.
managed(t) := {r |
	some r in input.resources
	r.type == t
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}
