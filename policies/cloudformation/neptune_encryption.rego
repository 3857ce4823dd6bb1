# METADATA
# title: Neptune clusters are encrypted
# description: A Neptune cluster without storage encryption keeps its graph, automated backups and snapshots in clear text, and encryption cannot be turned on later without restoring into a new cluster. StorageEncrypted defaults to false. Clusters restored from a snapshot or another cluster take their encryption from the source when StorageEncrypted is unset and are not reported.
# custom:
#   id: TG-AWS-NEP-001
#   severity: high
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SC-28"]}
#   remediation: |
#     Create the cluster encrypted, preferably with a customer managed KMS key:
#       Graph:
#         Type: AWS::Neptune::DBCluster
#         Properties:
#           IamAuthEnabled: true
#           StorageEncrypted: true
#           KmsKeyId: !Ref NeptuneKey
package tollgate.cloudformation.neptune_encryption

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in clusters
	known_false(r.attributes.StorageEncrypted)
	finding := {
		"resource": r.address,
		"path": ["StorageEncrypted"],
		"message": sprintf("Neptune cluster %s sets StorageEncrypted to false, so its data and backups are stored unencrypted.", [r.address]),
	}
}

deny contains finding if {
	some r in clusters
	unset(r.attributes, "StorageEncrypted")
	not inherits_encryption(r.attributes)
	finding := {
		"resource": r.address,
		"path": ["StorageEncrypted"],
		"message": sprintf("Neptune cluster %s does not set StorageEncrypted to true; the default is unencrypted storage.", [r.address]),
	}
}

clusters contains r if {
	some r in lib.resources("AWS::Neptune::DBCluster")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}

# Restored clusters take their encryption from their source.
inherits_encryption(attrs) if {
	some name in ["SnapshotIdentifier", "SourceDBClusterIdentifier"]
	not unset(attrs, name)
}

# CloudFormation accepts booleans as strings ("false").
known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}

unset(attrs, name) if object.get(attrs, name, null) == null
