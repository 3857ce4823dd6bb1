# METADATA
# title: Databases take a final snapshot on deletion
# description: With skip_final_snapshot a destroy or replacement deletes the database and, with it, its automated backups, leaving nothing to restore from. Read replicas and Aurora instances have no final snapshot of their own and are not checked.
# custom:
#   id: TG-AWS-RDS-012
#   severity: medium
#   dimension: reliability
#   kinds: [terraform]
#   frameworks: {aws-well-architected: ["REL09"], nist-800-53: ["CP-9"]}
#   remediation: |
#     Keep the final snapshot (false is the default) and name it:
#       resource "aws_db_instance" "app" {
#         engine                    = "postgres"
#         instance_class            = "db.t3.medium"
#         skip_final_snapshot       = false
#         final_snapshot_identifier = "app-final"
#       }
package tollgate.terraform.rds_final_snapshot

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in databases
	truthy(r.attributes.skip_final_snapshot)
	finding := {
		"resource": r.address,
		"path": ["skip_final_snapshot"],
		"message": sprintf("%s sets skip_final_snapshot = true, so deleting it leaves no snapshot to restore from.", [r.address]),
	}
}

databases contains r if {
	some r in managed("aws_db_instance")
	object.get(r.attributes, "replicate_source_db", null) == null
	not aurora(r.attributes.engine)
}

databases contains r if {
	some r in managed("aws_rds_cluster")
}

aurora(engine) if {
	is_string(engine)
	startswith(lower(engine), "aurora")
}

truthy(x) if x == true

truthy(x) if {
	is_string(x)
	lower(x) == "true"
}

# managed(t) is the set of managed (not data) resources of type t with known attributes.
managed(t) := {r |
	some r in input.resources
	r.type == t
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}
