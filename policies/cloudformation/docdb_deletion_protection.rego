# METADATA
# title: DocumentDB clusters have deletion protection
# description: Without deletion protection a DocumentDB cluster is deleted by a single API call or by a stack update that replaces or removes it, and its automated backups go with it. DeletionProtection defaults to false.
# custom:
#   id: TG-AWS-DOCDB-003
#   severity: medium
#   dimension: reliability
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["CP-9"]}
#   remediation: |
#     Turn on deletion protection, and keep a snapshot if the stack deletes the resource:
#       Catalog:
#         Type: AWS::DocDB::DBCluster
#         DeletionPolicy: Snapshot
#         UpdateReplacePolicy: Snapshot
#         Properties:
#           MasterUsername: catalog_admin
#           ManageMasterUserPassword: true
#           StorageEncrypted: true
#           DeletionProtection: true
package tollgate.cloudformation.docdb_deletion_protection

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in clusters
	known_false(r.attributes.DeletionProtection)
	finding := {
		"resource": r.address,
		"path": ["DeletionProtection"],
		"message": sprintf("DocumentDB cluster %s sets DeletionProtection to false.", [r.address]),
	}
}

deny contains finding if {
	some r in clusters
	object.get(r.attributes, "DeletionProtection", null) == null
	finding := {
		"resource": r.address,
		"path": ["DeletionProtection"],
		"message": sprintf("DocumentDB cluster %s does not set DeletionProtection to true; it can be deleted by a single call.", [r.address]),
	}
}

clusters contains r if {
	some r in lib.resources("AWS::DocDB::DBCluster")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}

# CloudFormation accepts booleans as strings ("false").
known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}
