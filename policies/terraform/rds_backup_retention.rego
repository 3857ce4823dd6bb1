# METADATA
# title: RDS databases keep automated backups for at least 7 days
# description: A short backup retention period, or the 0 or 1 day default, leaves too little time to notice corruption or a bad change and restore from before it.
# custom:
#   id: TG-AWS-RDS-003
#   severity: medium
#   dimension: reliability
#   kinds: [terraform]
#   frameworks: {aws-well-architected: ["REL09"], nist-800-53: ["CP-9"]}
#   remediation: |
#     Keep automated backups for 7 days or more:
#       resource "aws_db_instance" "app" {
#         engine                  = "postgres"
#         instance_class          = "db.t3.medium"
#         backup_retention_period = 14
#         backup_window           = "03:00-04:00"
#       }
package tollgate.terraform.rds_backup_retention

import rego.v1

minimum_days := 7

deny contains finding if {
	some r in databases
	days := number(r.attributes.backup_retention_period)
	days < minimum_days
	finding := {
		"resource": r.address,
		"path": ["backup_retention_period"],
		"message": sprintf("%s keeps automated backups for %v days, fewer than %v.", [r.address, days, minimum_days]),
	}
}

deny contains finding if {
	some r in databases
	object.get(r.attributes, "backup_retention_period", null) == null
	finding := {
		"resource": r.address,
		"path": ["backup_retention_period"],
		"message": sprintf("%s does not set backup_retention_period; the default keeps backups for less than %v days.", [r.address, minimum_days]),
	}
}

# Read replicas are restored from their source; Aurora instances are backed up by the cluster.
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

number(x) := x if is_number(x)

number(x) := to_number(x) if {
	is_string(x)
	regex.match(`^[0-9]+$`, x)
}

# managed(t) is the set of managed (not data) resources of type t.
managed(t) := {r | some r in input.resources; r.type == t; object.get(r, "mode", "managed") == "managed"; is_object(r.attributes)}
