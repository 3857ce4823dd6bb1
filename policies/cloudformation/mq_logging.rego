# METADATA
# title: MQ brokers log activity
# description: Amazon MQ publishes a broker's general log (connections, errors, configuration changes) to CloudWatch Logs only when Logs.General is true, and it is off by default; without it a broker failure or a misbehaving client leaves no trace. Audit logging, available for ActiveMQ only, is not required.
# custom:
#   id: TG-AWS-MQ-002
#   severity: low
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["AU-2", "AU-12"]}
#   remediation: |
#     Publish the general log (and, for ActiveMQ, the audit log) to CloudWatch Logs:
#       Orders:
#         Type: AWS::AmazonMQ::Broker
#         Properties:
#           BrokerName: orders
#           EngineType: ACTIVEMQ
#           EngineVersion: "5.18"
#           HostInstanceType: mq.m5.large
#           DeploymentMode: ACTIVE_STANDBY_MULTI_AZ
#           PubliclyAccessible: false
#           Logs:
#             General: true
#             Audit: true
#           Users:
#             - Username: orders
#               Password: "{{resolve:secretsmanager:orders-mq:SecretString:password}}"
package tollgate.cloudformation.mq_logging

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in brokers
	object.get(r.attributes, "Logs", null) == null
	finding := {
		"resource": r.address,
		"path": ["Logs"],
		"message": sprintf("MQ broker %s has no Logs, so its general log is not published to CloudWatch Logs.", [r.address]),
	}
}

deny contains finding if {
	some r in brokers
	logs := r.attributes.Logs
	is_object(logs)
	not lib.is_unknown(logs)
	off(object.get(logs, "General", false))
	finding := {
		"resource": r.address,
		"path": ["Logs", "General"],
		"message": sprintf("MQ broker %s does not set Logs.General to true, so its general log is not published.", [r.address]),
	}
}

brokers contains r if {
	some r in lib.resources("AWS::AmazonMQ::Broker")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}

# CloudFormation accepts booleans as strings ("false").
off(x) if x == false

off(x) if x == null

off(x) if {
	is_string(x)
	lower(x) == "false"
}
