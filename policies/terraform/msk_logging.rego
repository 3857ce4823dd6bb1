# METADATA
# title: MSK brokers ship logs
# description: Kafka broker logs (authentication and authorization failures, partition leadership changes, errors) stay on the brokers and are lost with them unless logging_info sends them to CloudWatch Logs, Kinesis Data Firehose or S3. A cluster is reported when no broker log destination is enabled.
# custom:
#   id: TG-AWS-MSK-002
#   severity: low
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["AU-2", "AU-12"]}
#   remediation: |
#     Ship the broker logs to at least one destination:
#       resource "aws_msk_cluster" "events" {
#         cluster_name           = "events"
#         kafka_version          = "3.6.0"
#         number_of_broker_nodes = 3
#         broker_node_group_info {
#           instance_type   = "kafka.m5.large"
#           client_subnets  = var.private_subnet_ids
#           security_groups = [aws_security_group.kafka.id]
#         }
#         logging_info {
#           broker_logs {
#             cloudwatch_logs {
#               enabled   = true
#               log_group = aws_cloudwatch_log_group.kafka.name
#             }
#           }
#         }
#       }
package tollgate.terraform.msk_logging

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in managed("aws_msk_cluster")
	not may_ship_logs(object.get(r.attributes, "logging_info", []))
	finding := {
		"resource": r.address,
		"path": block_path(r.attributes),
		"message": sprintf("MSK cluster %s sends its broker logs to no destination (CloudWatch Logs, Firehose or S3).", [r.address]),
	}
}

# block_path points at the logging_info block when there is one.
block_path(attrs) := ["logging_info", 0] if {
	is_array(attrs.logging_info)
	count(attrs.logging_info) > 0
} else := ["logging_info"]

# may_ship_logs(x): a destination under logging_info is enabled, or a block or flag on the
# way to one cannot be known.
may_ship_logs(x) if lib.is_unknown(x)

may_ship_logs(x) if {
	walk(x, [path, value])
	count(path) > 0
	path[count(path) - 1] == "enabled"
	known_true(value)
}

may_ship_logs(x) if {
	walk(x, [path, value])
	count(path) > 0
	structural(path[count(path) - 1])
	lib.is_unknown(value)
}

structural(key) if is_number(key)

structural(key) if key in {"broker_logs", "cloudwatch_logs", "firehose", "s3", "enabled"}

known_true(x) if x == true

known_true(x) if {
	is_string(x)
	lower(x) == "true"
}

# managed(t) is the set of managed (not data) resources of type t with known attributes.
managed(t) := {r |
	some r in input.resources
	r.type == t
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}
