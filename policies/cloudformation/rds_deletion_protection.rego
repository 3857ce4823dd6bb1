# METADATA
# title: RDS databases have deletion protection
# description: Without deletion protection a stray destroy, stack deletion or console click removes the database together with its automated backups.
# custom:
#   id: TG-AWS-RDS-005
#   severity: medium
#   dimension: reliability
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["CP-9"]}
#   remediation: |
#     Turn on deletion protection (and snapshot the database when the stack deletes it):
#       Database:
#         Type: AWS::RDS::DBInstance
#         DeletionPolicy: Snapshot
#         Properties:
#           Engine: postgres
#           DBInstanceClass: db.t3.medium
#           DeletionProtection: true
package tollgate.cloudformation.rds_deletion_protection

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in databases
	known_false(r.attributes.DeletionProtection)
	finding := {
		"resource": r.address,
		"path": ["DeletionProtection"],
		"message": sprintf("%s sets DeletionProtection to false.", [r.address]),
	}
}

deny contains finding if {
	some r in databases
	object.get(r.attributes, "DeletionProtection", null) == null
	finding := {
		"resource": r.address,
		"path": ["DeletionProtection"],
		"message": sprintf("%s does not set DeletionProtection to true.", [r.address]),
	}
}

# DeletionProtection does not apply to Aurora instances: their cluster carries it.
databases contains r if {
	some r in lib.resources("AWS::RDS::DBInstance")
	known_object(r.attributes)
	object.get(r.attributes, "DBClusterIdentifier", null) == null
	not aurora(r.attributes.Engine)
}

databases contains r if {
	some r in lib.resources("AWS::RDS::DBCluster")
	known_object(r.attributes)
}

aurora(engine) if {
	is_string(engine)
	startswith(lower(engine), "aurora")
}

# CloudFormation accepts booleans as strings ("false").
known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}

known_object(x) if {
	is_object(x)
	not lib.is_unknown(x)
}
