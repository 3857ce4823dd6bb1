# METADATA
# title: OpenSearch domains publish audit logs
# description: Without audit logs there is no record of who authenticated to the domain, which indices they read or changed and which requests were refused. Audit logs need fine-grained access control on the domain and are published to CloudWatch Logs.
# custom:
#   id: TG-AWS-ES-005
#   severity: low
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["AU-2"]}
#   remediation: |
#     Turn on fine-grained access control and publish the audit log to CloudWatch Logs:
#       SearchDomain:
#         Type: AWS::OpenSearchService::Domain
#         Properties:
#           EngineVersion: OpenSearch_2.13
#           AdvancedSecurityOptions:
#             Enabled: true
#             InternalUserDatabaseEnabled: false
#             MasterUserOptions:
#               MasterUserARN: !GetAtt SearchAdminRole.Arn
#           LogPublishingOptions:
#             AUDIT_LOGS:
#               CloudWatchLogsLogGroupArn: !GetAtt SearchAuditLogs.Arn
#               Enabled: true
package tollgate.cloudformation.opensearch_audit_logs

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in domains
	options := object.get(r.attributes, "LogPublishingOptions", {})
	is_object(options)
	not lib.is_unknown(options)
	object.get(options, "AUDIT_LOGS", null) == null
	finding := {
		"resource": r.address,
		"path": ["LogPublishingOptions"],
		"message": sprintf("OpenSearch domain %s does not publish AUDIT_LOGS, so access to its data is not recorded.", [r.address]),
	}
}

deny contains finding if {
	some r in domains
	audit := r.attributes.LogPublishingOptions.AUDIT_LOGS
	is_object(audit)
	known_false(audit.Enabled)
	finding := {
		"resource": r.address,
		"path": ["LogPublishingOptions", "AUDIT_LOGS", "Enabled"],
		"message": sprintf("OpenSearch domain %s turns its AUDIT_LOGS off, so access to its data is not recorded.", [r.address]),
	}
}

domains contains r if {
	some t in ["AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"]
	some r in lib.resources(t)
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}

# CloudFormation accepts booleans as strings ("false").
known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}
