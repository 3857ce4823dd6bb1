# METADATA
# title: RDS databases encrypt storage
# description: An unencrypted RDS instance or Aurora cluster stores data, logs, backups and snapshots in clear text, and encryption cannot be turned on afterwards without a restore.
# custom:
#   id: TG-AWS-RDS-001
#   severity: high
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {cis-aws-foundations: ["2.3.1"], nist-800-53: ["SC-28"]}
#   remediation: |
#     Encrypt the storage when the database is created:
#       Database:
#         Type: AWS::RDS::DBInstance
#         Properties:
#           Engine: postgres
#           DBInstanceClass: db.t3.medium
#           AllocatedStorage: "20"
#           StorageEncrypted: true
#           KmsKeyId: !Ref RdsKey
package tollgate.cloudformation.rds_encryption

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in databases
	known_false(r.attributes.StorageEncrypted)
	finding := {
		"resource": r.address,
		"path": ["StorageEncrypted"],
		"message": sprintf("%s sets StorageEncrypted to false.", [r.address]),
	}
}

# A database restored from a snapshot or cloned from a source takes its encryption when
# StorageEncrypted is unset.
deny contains finding if {
	some r in databases
	unset(r.attributes, "StorageEncrypted")
	every name in ["DBSnapshotIdentifier", "SnapshotIdentifier", "SourceDBClusterIdentifier"] {
		unset(r.attributes, name)
	}
	finding := {
		"resource": r.address,
		"path": ["StorageEncrypted"],
		"message": sprintf("%s does not set StorageEncrypted to true.", [r.address]),
	}
}

# Read replicas inherit their source's encryption; Aurora instances take the cluster's.
databases contains r if {
	some r in lib.resources("AWS::RDS::DBInstance")
	known_object(r.attributes)
	unset(r.attributes, "SourceDBInstanceIdentifier")
	unset(r.attributes, "DBClusterIdentifier")
}

# Aurora Serverless v1 clusters are always encrypted.
databases contains r if {
	some r in lib.resources("AWS::RDS::DBCluster")
	known_object(r.attributes)
	not r.attributes.EngineMode == "serverless"
}

# CloudFormation accepts booleans as strings ("false").
known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}

unset(attrs, name) if object.get(attrs, name, null) == null

known_object(x) if {
	is_object(x)
	not lib.is_unknown(x)
}
