# METADATA
# title: RDS databases keep automated backups for at least 7 days
# description: A short backup retention period, or the 1 day default, leaves too little time to notice corruption or a bad change and restore from before it.
# custom:
#   id: TG-AWS-RDS-003
#   severity: medium
#   dimension: reliability
#   kinds: [cloudformation]
#   frameworks: {aws-well-architected: ["REL09"], nist-800-53: ["CP-9"]}
#   remediation: |
#     Keep automated backups for 7 days or more:
#       Database:
#         Type: AWS::RDS::DBInstance
#         Properties:
#           Engine: postgres
#           DBInstanceClass: db.t3.medium
#           BackupRetentionPeriod: 14
#           PreferredBackupWindow: 03:00-04:00
package tollgate.cloudformation.rds_backup_retention

import rego.v1

import data.tollgate.lib

minimum_days := 7

deny contains finding if {
	some r in databases
	days := number(r.attributes.BackupRetentionPeriod)
	days < minimum_days
	finding := {
		"resource": r.address,
		"path": ["BackupRetentionPeriod"],
		"message": sprintf("%s keeps automated backups for %v days, fewer than %v.", [r.address, days, minimum_days]),
	}
}

deny contains finding if {
	some r in databases
	object.get(r.attributes, "BackupRetentionPeriod", null) == null
	finding := {
		"resource": r.address,
		"path": ["BackupRetentionPeriod"],
		"message": sprintf("%s does not set BackupRetentionPeriod; the default keeps backups for 1 day.", [r.address]),
	}
}

# Read replicas are restored from their source; Aurora instances are backed up by the cluster.
databases contains r if {
	some r in lib.resources("AWS::RDS::DBInstance")
	known_object(r.attributes)
	object.get(r.attributes, "DBClusterIdentifier", null) == null
	object.get(r.attributes, "SourceDBInstanceIdentifier", null) == null
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

# number(x) is x as a number; CloudFormation accepts integers as strings ("7").
number(x) := x if is_number(x)

number(x) := to_number(x) if {
	is_string(x)
	regex.match(`^[0-9]+$`, x)
}

known_object(x) if {
	is_object(x)
	not lib.is_unknown(x)
}
