# METADATA
# title: DocumentDB keeps backups for at least 7 days
# description: DocumentDB restores to a point in time only within the backup retention period, which defaults to 1 day; a corruption or a bad migration noticed after that cannot be undone from the automated backups.
# custom:
#   id: TG-AWS-DOCDB-002
#   severity: medium
#   dimension: reliability
#   kinds: [cloudformation]
#   frameworks: {aws-well-architected: ["REL09"], nist-800-53: ["CP-9"]}
#   remediation: |
#     Keep automated backups for 7 days or more:
#       Catalog:
#         Type: AWS::DocDB::DBCluster
#         Properties:
#           MasterUsername: catalog_admin
#           ManageMasterUserPassword: true
#           StorageEncrypted: true
#           BackupRetentionPeriod: 14
#           PreferredBackupWindow: 02:00-03:00
package tollgate.cloudformation.docdb_backup_retention

import rego.v1

import data.tollgate.lib

minimum_days := 7

deny contains finding if {
	some r in clusters
	days := number(r.attributes.BackupRetentionPeriod)
	days < minimum_days
	finding := {
		"resource": r.address,
		"path": ["BackupRetentionPeriod"],
		"message": sprintf("DocumentDB cluster %s keeps backups for %v days, fewer than %v.", [r.address, days, minimum_days]),
	}
}

deny contains finding if {
	some r in clusters
	object.get(r.attributes, "BackupRetentionPeriod", null) == null
	finding := {
		"resource": r.address,
		"path": ["BackupRetentionPeriod"],
		"message": sprintf("DocumentDB cluster %s does not set BackupRetentionPeriod; the default keeps backups for 1 day.", [r.address]),
	}
}

clusters contains r if {
	some r in lib.resources("AWS::DocDB::DBCluster")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}

# number(x) is x as a number; CloudFormation accepts integers as strings ("7").
number(x) := x if is_number(x)

number(x) := to_number(x) if {
	is_string(x)
	regex.match(`^[0-9]+$`, x)
}
