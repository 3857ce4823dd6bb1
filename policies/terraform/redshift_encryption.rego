# METADATA
# title: Redshift clusters are encrypted
# description: An unencrypted Redshift cluster keeps its tables, and every snapshot taken of it, in clear text on disk, and encryption can only be added later by migrating the cluster. Older provider versions and clusters created before 2025 default to no encryption, so the configuration should say encrypted = true. A cluster restored from a snapshot without encrypted takes the snapshot's encryption and is not reported.
# custom:
#   id: TG-AWS-RS-001
#   severity: high
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SC-28"]}
#   remediation: |
#     Create the cluster encrypted, preferably with a customer managed KMS key:
#       resource "aws_redshift_cluster" "warehouse" {
#         cluster_identifier = "warehouse"
#         node_type          = "ra3.xlplus"
#         number_of_nodes    = 2
#         encrypted          = true
#         kms_key_id         = aws_kms_key.redshift.arn
#       }
package tollgate.terraform.redshift_encryption

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in managed("aws_redshift_cluster")
	known_false(r.attributes.encrypted)
	finding := {
		"resource": r.address,
		"path": ["encrypted"],
		"message": sprintf("Redshift cluster %s sets encrypted = false, so its data and snapshots are stored unencrypted.", [r.address]),
	}
}

# A cluster restored from a snapshot takes the snapshot's encryption when encrypted is unset.
deny contains finding if {
	some r in managed("aws_redshift_cluster")
	unset(r.attributes, "encrypted")
	unset(r.attributes, "snapshot_identifier")
	unset(r.attributes, "snapshot_arn")
	finding := {
		"resource": r.address,
		"path": ["encrypted"],
		"message": sprintf("Redshift cluster %s does not set encrypted = true.", [r.address]),
	}
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
