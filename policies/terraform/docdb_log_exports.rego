# METADATA
# title: DocumentDB exports audit logs
# description: DocumentDB writes audit events (authentication, authorization failures, DDL and user management) only to CloudWatch Logs, and only when the cluster exports the audit log type. Without the export there is no record of who connected or changed the database. The cluster parameter group must also set audit_logs to enabled for events to be written.
# custom:
#   id: TG-AWS-DOCDB-004
#   severity: low
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["AU-2", "AU-12"]}
#   remediation: |
#     Export the audit log and turn auditing on in the cluster parameter group:
#       resource "aws_docdb_cluster_parameter_group" "audited" {
#         family = "docdb5.0"
#         name   = "audited"
#         parameter {
#           name  = "audit_logs"
#           value = "enabled"
#         }
#       }
#       resource "aws_docdb_cluster" "catalog" {
#         cluster_identifier              = "catalog"
#         engine                          = "docdb"
#         storage_encrypted               = true
#         db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.audited.name
#         enabled_cloudwatch_logs_exports = ["audit", "profiler"]
#       }
package tollgate.terraform.docdb_log_exports

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in managed("aws_docdb_cluster")
	raw := object.get(r.attributes, "enabled_cloudwatch_logs_exports", [])
	not lib.is_unknown(raw)
	exports := items(raw)
	not contains_unknown(exports)
	not "audit" in exports
	finding := {
		"resource": r.address,
		"path": ["enabled_cloudwatch_logs_exports"],
		"message": sprintf("DocumentDB cluster %s does not export the audit log to CloudWatch Logs.", [r.address]),
	}
}

contains_unknown(x) if {
	some e in x
	lib.is_unknown(e)
}

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)

# managed(t) is the set of managed (not data) resources of type t with known attributes.
managed(t) := {r |
	some r in input.resources
	r.type == t
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}
