# METADATA
# title: RDS databases encrypt storage
# description: An unencrypted RDS instance or Aurora cluster stores data, logs, backups and snapshots in clear text, and encryption cannot be turned on afterwards without a restore.
# custom:
#   id: TG-AWS-RDS-001
#   severity: high
#   dimension: security
#   kinds: [terraform]
#   frameworks: {cis-aws-foundations: ["2.3.1"], nist-800-53: ["SC-28"]}
#   remediation: |
#     Encrypt the storage when the database is created:
#       resource "aws_db_instance" "app" {
#         engine            = "postgres"
#         instance_class    = "db.t3.medium"
#         allocated_storage = 20
#         storage_encrypted = true
#         kms_key_id        = aws_kms_key.rds.arn
#       }
package tollgate.terraform.rds_encryption

import rego.v1

deny contains finding if {
	some r in databases
	known_false(r.attributes.storage_encrypted)
	finding := {
		"resource": r.address,
		"path": ["storage_encrypted"],
		"message": sprintf("%s sets storage_encrypted = false.", [r.address]),
	}
}

# A database restored from a snapshot takes the snapshot's encryption when storage_encrypted is unset.
deny contains finding if {
	some r in databases
	unset(r.attributes, "storage_encrypted")
	unset(r.attributes, "snapshot_identifier")
	finding := {
		"resource": r.address,
		"path": ["storage_encrypted"],
		"message": sprintf("%s does not set storage_encrypted = true.", [r.address]),
	}
}

# Read replicas inherit the encryption of their source.
databases contains r if {
	some r in managed("aws_db_instance")
	unset(r.attributes, "replicate_source_db")
}

# Aurora Serverless v1 clusters are always encrypted.
databases contains r if {
	some r in managed("aws_rds_cluster")
	not r.attributes.engine_mode == "serverless"
}

known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}

unset(attrs, name) if object.get(attrs, name, null) == null

# managed(t) is the set of managed (not data) resources of type t.
managed(t) := {r | some r in input.resources; r.type == t; object.get(r, "mode", "managed") == "managed"; is_object(r.attributes)}
