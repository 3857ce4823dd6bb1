# METADATA
# title: Databases take a final snapshot on deletion
# description: A DeletionPolicy of Delete makes a stack deletion or a resource removal delete the database and, with it, its automated backups, leaving nothing to restore from. Without a DeletionPolicy, clusters and stand-alone instances are snapshotted; read replicas and cluster members are not checked.
# custom:
#   id: TG-AWS-RDS-012
#   severity: medium
#   dimension: reliability
#   kinds: [cloudformation]
#   frameworks: {aws-well-architected: ["REL09"], nist-800-53: ["CP-9"]}
#   remediation: |
#     Snapshot (or retain) the database when the stack deletes or replaces it:
#       Database:
#         Type: AWS::RDS::DBInstance
#         DeletionPolicy: Snapshot
#         UpdateReplacePolicy: Snapshot
#         Properties:
#           Engine: postgres
#           DBInstanceClass: db.t3.medium
package tollgate.cloudformation.rds_final_snapshot

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in databases
	r.DeletionPolicy == "Delete"
	finding := {
		"resource": r.address,
		"path": ["DeletionPolicy"],
		"message": sprintf("%s has DeletionPolicy Delete, so deleting it leaves no snapshot to restore from.", [r.address]),
	}
}

# Cluster members are snapshotted through their cluster; read replicas cannot be.
databases contains r if {
	some r in lib.resources("AWS::RDS::DBInstance")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
	object.get(r.attributes, "DBClusterIdentifier", null) == null
	object.get(r.attributes, "SourceDBInstanceIdentifier", null) == null
	object.get(r.attributes, "SourceDBClusterIdentifier", null) == null
}

databases contains r if {
	some r in lib.resources("AWS::RDS::DBCluster")
}
