# METADATA
# title: MSK brokers ship logs
# description: Kafka broker logs (authentication and authorization failures, partition leadership changes, errors) stay on the brokers and are lost with them unless LoggingInfo sends them to CloudWatch Logs, Kinesis Data Firehose or S3. A cluster is reported when no broker log destination is enabled.
# custom:
#   id: TG-AWS-MSK-002
#   severity: low
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["AU-2", "AU-12"]}
#   remediation: |
#     Ship the broker logs to at least one destination:
#       Events:
#         Type: AWS::MSK::Cluster
#         Properties:
#           ClusterName: events
#           KafkaVersion: 3.6.0
#           NumberOfBrokerNodes: 3
#           BrokerNodeGroupInfo:
#             InstanceType: kafka.m5.large
#             ClientSubnets: !Ref PrivateSubnetIds
#           LoggingInfo:
#             BrokerLogs:
#               CloudWatchLogs:
#                 Enabled: true
#                 LogGroup: !Ref KafkaLogGroup
package tollgate.cloudformation.msk_logging

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::MSK::Cluster")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
	not may_ship_logs(object.get(r.attributes, "LoggingInfo", {}))
	finding := {
		"resource": r.address,
		"path": ["LoggingInfo"],
		"message": sprintf("MSK cluster %s sends its broker logs to no destination (CloudWatch Logs, Firehose or S3).", [r.address]),
	}
}

# may_ship_logs(x): a destination under LoggingInfo is enabled, or a property on the way to one
# cannot be known.
may_ship_logs(x) if lib.is_unknown(x)

may_ship_logs(x) if {
	walk(x, [path, value])
	count(path) > 0
	path[count(path) - 1] == "Enabled"
	known_true(value)
}

may_ship_logs(x) if {
	walk(x, [path, value])
	count(path) > 0
	path[count(path) - 1] in {"BrokerLogs", "CloudWatchLogs", "Firehose", "S3", "Enabled"}
	lib.is_unknown(value)
}

# CloudFormation accepts booleans as strings ("true").
known_true(x) if x == true

known_true(x) if {
	is_string(x)
	lower(x) == "true"
}
