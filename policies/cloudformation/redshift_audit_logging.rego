# METADATA
# title: Redshift clusters log audit events
# description: Without audit logging a Redshift cluster keeps no durable record of who connected, which users were changed and which queries ran. Audit logging is turned on by the LoggingProperties of the cluster, which send the logs to S3 or CloudWatch Logs.
# custom:
#   id: TG-AWS-RS-003
#   severity: low
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["AU-2", "AU-12"]}
#   remediation: |
#     Send the connection, user and user activity logs to CloudWatch Logs (or S3):
#       Warehouse:
#         Type: AWS::Redshift::Cluster
#         Properties:
#           ClusterType: multi-node
#           NodeType: ra3.xlplus
#           NumberOfNodes: 2
#           DBName: analytics
#           MasterUsername: admin
#           ManageMasterPassword: true
#           LoggingProperties:
#             LogDestinationType: cloudwatch
#             LogExports: [connectionlog, userlog, useractivitylog]
#     User activity logging also needs enable_user_activity_logging set to true in the cluster parameter group.
package tollgate.cloudformation.redshift_audit_logging

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::Redshift::Cluster")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
	object.get(r.attributes, "LoggingProperties", null) == null
	finding := {
		"resource": r.address,
		"path": ["LoggingProperties"],
		"message": sprintf("Redshift cluster %s has no LoggingProperties, so its connections, user changes and queries are not logged.", [r.address]),
	}
}
