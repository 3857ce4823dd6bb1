# METADATA
# title: Redshift clusters are encrypted
# description: An unencrypted Redshift cluster keeps its tables, and every snapshot taken of it, in clear text on disk, and encryption can only be added later by migrating the cluster. Encrypted defaults to false in the template, so the template should say Encrypted true. A cluster restored from a snapshot without Encrypted takes the snapshot's encryption and is not reported.
# custom:
#   id: TG-AWS-RS-001
#   severity: high
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SC-28"]}
#   remediation: |
#     Create the cluster encrypted, preferably with a customer managed KMS key:
#       Warehouse:
#         Type: AWS::Redshift::Cluster
#         Properties:
#           ClusterType: multi-node
#           NodeType: ra3.xlplus
#           NumberOfNodes: 2
#           DBName: analytics
#           MasterUsername: admin
#           ManageMasterPassword: true
#           Encrypted: true
#           KmsKeyId: !Ref RedshiftKey
package tollgate.cloudformation.redshift_encryption

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in clusters
	known_false(r.attributes.Encrypted)
	finding := {
		"resource": r.address,
		"path": ["Encrypted"],
		"message": sprintf("Redshift cluster %s sets Encrypted to false, so its data and snapshots are stored unencrypted.", [r.address]),
	}
}

# A cluster restored from a snapshot takes the snapshot's encryption when Encrypted is unset.
deny contains finding if {
	some r in clusters
	unset(r.attributes, "Encrypted")
	unset(r.attributes, "SnapshotIdentifier")
	unset(r.attributes, "SnapshotArn")
	finding := {
		"resource": r.address,
		"path": ["Encrypted"],
		"message": sprintf("Redshift cluster %s does not set Encrypted to true.", [r.address]),
	}
}

clusters contains r if {
	some r in lib.resources("AWS::Redshift::Cluster")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}

# CloudFormation accepts booleans as strings ("false").
known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}

unset(attrs, name) if object.get(attrs, name, null) == null
