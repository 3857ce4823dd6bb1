# METADATA
# title: DocumentDB clusters are encrypted
# description: A DocumentDB cluster without storage encryption keeps its documents, indexes, automated backups and snapshots in clear text, and encryption cannot be turned on later without restoring into a new cluster. StorageEncrypted defaults to false. Clusters restored from a snapshot or another cluster, and members of a global cluster, take their encryption from the source when StorageEncrypted is unset and are not reported.
# custom:
#   id: TG-AWS-DOCDB-001
#   severity: high
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SC-28"]}
#   remediation: |
#     Create the cluster encrypted, preferably with a customer managed KMS key:
#       Catalog:
#         Type: AWS::DocDB::DBCluster
#         Properties:
#           MasterUsername: catalog_admin
#           ManageMasterUserPassword: true
#           StorageEncrypted: true
#           KmsKeyId: !Ref DocumentDbKey
package tollgate.cloudformation.docdb_encryption

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in clusters
	known_false(r.attributes.StorageEncrypted)
	finding := {
		"resource": r.address,
		"path": ["StorageEncrypted"],
		"message": sprintf("DocumentDB cluster %s sets StorageEncrypted to false, so its data and backups are stored unencrypted.", [r.address]),
	}
}

deny contains finding if {
	some r in clusters
	unset(r.attributes, "StorageEncrypted")
	not inherits_encryption(r.attributes)
	finding := {
		"resource": r.address,
		"path": ["StorageEncrypted"],
		"message": sprintf("DocumentDB cluster %s does not set StorageEncrypted to true; the default is unencrypted storage.", [r.address]),
	}
}

clusters contains r if {
	some r in lib.resources("AWS::DocDB::DBCluster")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}

# Restored and global-member clusters take their encryption from their source.
inherits_encryption(attrs) if {
	some name in ["SnapshotIdentifier", "SourceDBClusterIdentifier", "GlobalClusterIdentifier"]
	not unset(attrs, name)
}

# CloudFormation accepts booleans as strings ("false").
known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}

unset(attrs, name) if object.get(attrs, name, null) == null
