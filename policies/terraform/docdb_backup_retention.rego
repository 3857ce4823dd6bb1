# METADATA
# title: DocumentDB keeps backups for at least 7 days
# description: DocumentDB restores to a point in time only within the backup retention period, which defaults to 1 day; a corruption or a bad migration noticed after that cannot be undone from the automated backups.
# custom:
#   id: TG-AWS-DOCDB-002
#   severity: medium
#   dimension: reliability
#   kinds: [terraform]
#   frameworks: {aws-well-architected: ["REL09"], nist-800-53: ["CP-9"]}
#   remediation: |
#     Keep automated backups for 7 days or more:
#       resource "aws_docdb_cluster" "catalog" {
#         cluster_identifier      = "catalog"
#         engine                  = "docdb"
#         storage_encrypted       = true
#         backup_retention_period = 14
#         preferred_backup_window = "02:00-03:00"
#       }
package tollgate.terraform.docdb_backup_retention

import rego.v1

import data.tollgate.lib

minimum_days := 7

deny contains finding if {
	some r in managed("aws_docdb_cluster")
	days := number(r.attributes.backup_retention_period)
	days < minimum_days
	finding := {
		"resource": r.address,
		"path": ["backup_retention_period"],
		"message": sprintf("DocumentDB cluster %s keeps backups for %v days, fewer than %v.", [r.address, days, minimum_days]),
	}
}

deny contains finding if {
	some r in managed("aws_docdb_cluster")
	object.get(r.attributes, "backup_retention_period", null) == null
	finding := {
		"resource": r.address,
		"path": ["backup_retention_period"],
		"message": sprintf("DocumentDB cluster %s does not set backup_retention_period; the default keeps backups for 1 day.", [r.address]),
	}
}

number(x) := x if is_number(x)

number(x) := to_number(x) if {
	is_string(x)
	regex.match(`^[0-9]+$`, x)
}

# managed(t) is the set of managed (not data) resources of type t with known attributes.
managed(t) := {r |
	some r in input.resources
	r.type == t
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}
