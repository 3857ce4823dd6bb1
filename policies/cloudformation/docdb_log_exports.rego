# METADATA
# title: DocumentDB exports audit logs
# description: DocumentDB writes audit events (authentication, authorization failures, DDL and user management) only to CloudWatch Logs, and only when the cluster exports the audit log type. Without the export there is no record of who connected or changed the database. The cluster parameter group must also set audit_logs to enabled for events to be written.
# custom:
#   id: TG-AWS-DOCDB-004
#   severity: low
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["AU-2", "AU-12"]}
#   remediation: |
#     Export the audit log and turn auditing on in the cluster parameter group:
#       AuditedParameters:
#         Type: AWS::DocDB::DBClusterParameterGroup
#         Properties:
#           Description: DocumentDB with auditing
#           Family: docdb5.0
#           Parameters:
#             audit_logs: enabled
#       Catalog:
#         Type: AWS::DocDB::DBCluster
#         Properties:
#           MasterUsername: catalog_admin
#           ManageMasterUserPassword: true
#           StorageEncrypted: true
#           DBClusterParameterGroupName: !Ref AuditedParameters
#           EnableCloudwatchLogsExports: [audit, profiler]
package tollgate.cloudformation.docdb_log_exports

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::DocDB::DBCluster")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
	raw := object.get(r.attributes, "EnableCloudwatchLogsExports", [])
	not lib.is_unknown(raw)
	exports := items(raw)
	not contains_unknown(exports)
	not "audit" in exports
	finding := {
		"resource": r.address,
		"path": ["EnableCloudwatchLogsExports"],
		"message": sprintf("DocumentDB cluster %s does not export the audit log to CloudWatch Logs.", [r.address]),
	}
}

contains_unknown(x) if {
	some e in x
	lib.is_unknown(e)
}

# items(x) is the list x; a CommaDelimitedList parameter arrives as one comma-separated string.
items(x) := x if is_array(x)

items(x) := [trim_space(e) | some e in split(x, ",")] if is_string(x)

items(x) := [] if {
	not is_array(x)
	not is_string(x)
}
