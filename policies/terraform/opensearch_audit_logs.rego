# METADATA
# title: OpenSearch domains publish audit logs
# description: Without audit logs there is no record of who authenticated to the domain, which indices they read or changed and which requests were refused. Audit logs need fine-grained access control on the domain and are published to CloudWatch Logs.
# custom:
#   id: TG-AWS-ES-005
#   severity: low
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["AU-2"]}
#   remediation: |
#     Turn on fine-grained access control and publish the audit log to CloudWatch Logs:
#       resource "aws_opensearch_domain" "search" {
#         domain_name    = "search"
#         engine_version = "OpenSearch_2.13"
#         advanced_security_options {
#           enabled                        = true
#           internal_user_database_enabled = false
#           master_user_options {
#             master_user_arn = aws_iam_role.search_admin.arn
#           }
#         }
#         log_publishing_options {
#           log_type                 = "AUDIT_LOGS"
#           cloudwatch_log_group_arn = aws_cloudwatch_log_group.search_audit.arn
#         }
#       }
package tollgate.terraform.opensearch_audit_logs

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in domains
	options := object.get(r.attributes, "log_publishing_options", [])
	not lib.is_unknown(options)
	not publishes_audit_logs(options)
	not may_publish_audit_logs(options)
	finding := {
		"resource": r.address,
		"path": ["log_publishing_options"],
		"message": sprintf("OpenSearch domain %s does not publish AUDIT_LOGS, so access to its data is not recorded.", [r.address]),
	}
}

# enabled defaults to true.
publishes_audit_logs(options) if {
	some o in items(options)
	is_object(o)
	o.log_type == "AUDIT_LOGS"
	not known_false(object.get(o, "enabled", true))
}

may_publish_audit_logs(options) if {
	some o in items(options)
	lib.is_unknown(o)
}

may_publish_audit_logs(options) if {
	some o in items(options)
	is_object(o)
	lib.is_unknown(o.log_type)
}

domains contains r if {
	some t in ["aws_opensearch_domain", "aws_elasticsearch_domain"]
	some r in input.resources
	r.type == t
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}

known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
