# METADATA
# title: MQ brokers log activity
# description: Amazon MQ publishes a broker's general log (connections, errors, configuration changes) to CloudWatch Logs only when general logging is on, and it is off by default; without it a broker failure or a misbehaving client leaves no trace. Audit logging, available for ActiveMQ only, is not required.
# custom:
#   id: TG-AWS-MQ-002
#   severity: low
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["AU-2", "AU-12"]}
#   remediation: |
#     Publish the general log (and, for ActiveMQ, the audit log) to CloudWatch Logs:
#       resource "aws_mq_broker" "orders" {
#         broker_name        = "orders"
#         engine_type        = "ActiveMQ"
#         engine_version     = "5.18"
#         host_instance_type = "mq.m5.large"
#         logs {
#           general = true
#           audit   = true
#         }
#         user {
#           username = "orders"
#           password = random_password.mq.result
#         }
#       }
package tollgate.terraform.mq_logging

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in managed("aws_mq_broker")
	no_logs_block(r.attributes)
	finding := {
		"resource": r.address,
		"path": ["logs"],
		"message": sprintf("MQ broker %s has no logs block, so its general log is not published to CloudWatch Logs.", [r.address]),
	}
}

deny contains finding if {
	some r in managed("aws_mq_broker")
	some i, block in items(r.attributes.logs)
	is_object(block)
	not lib.is_unknown(block)
	general := object.get(block, "general", false)
	off(general)
	finding := {
		"resource": r.address,
		"path": ["logs", i, "general"],
		"message": sprintf("MQ broker %s does not set general = true in its logs block, so its general log is not published.", [r.address]),
	}
}

no_logs_block(attrs) if object.get(attrs, "logs", null) == null

no_logs_block(attrs) if {
	is_array(attrs.logs)
	count(attrs.logs) == 0
}

off(x) if x == null

off(x) if x == false

off(x) if {
	is_string(x)
	lower(x) == "false"
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
