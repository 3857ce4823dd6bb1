# METADATA
# title: RDS databases have deletion protection
# description: Without deletion protection a stray destroy, stack deletion or console click removes the database together with its automated backups.
# custom:
#   id: TG-AWS-RDS-005
#   severity: medium
#   dimension: reliability
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["CP-9"]}
#   remediation: |
#     Turn on deletion protection (and keep a final snapshot):
#       resource "aws_db_instance" "app" {
#         engine                    = "postgres"
#         instance_class            = "db.t3.medium"
#         deletion_protection       = true
#         final_snapshot_identifier = "app-final"
#       }
package tollgate.terraform.rds_deletion_protection

import rego.v1

deny contains finding if {
	some r in databases
	known_false(r.attributes.deletion_protection)
	finding := {
		"resource": r.address,
		"path": ["deletion_protection"],
		"message": sprintf("%s sets deletion_protection = false.", [r.address]),
	}
}

deny contains finding if {
	some r in databases
	object.get(r.attributes, "deletion_protection", null) == null
	finding := {
		"resource": r.address,
		"path": ["deletion_protection"],
		"message": sprintf("%s does not set deletion_protection = true.", [r.address]),
	}
}

# Aurora instances are protected through their cluster.
databases contains r if {
	some r in managed("aws_db_instance")
	not aurora(r.attributes.engine)
}

databases contains r if {
	some r in managed("aws_rds_cluster")
}

aurora(engine) if {
	is_string(engine)
	startswith(lower(engine), "aurora")
}

known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}

# managed(t) is the set of managed (not data) resources of type t.
managed(t) := {r | some r in input.resources; r.type == t; object.get(r, "mode", "managed") == "managed"; is_object(r.attributes)}
