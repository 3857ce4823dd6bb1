# METADATA
# title: MQ brokers are not publicly accessible
# description: A publicly accessible Amazon MQ broker gets a public endpoint for its wire protocols and web console, reachable from the internet with only the broker users' passwords in the way.
# custom:
#   id: TG-AWS-MQ-001
#   severity: high
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["AC-3", "SC-7"]}
#   remediation: |
#     Run the broker in private subnets and reach it from inside the VPC:
#       Orders:
#         Type: AWS::AmazonMQ::Broker
#         Properties:
#           BrokerName: orders
#           EngineType: RABBITMQ
#           EngineVersion: "3.13"
#           HostInstanceType: mq.m5.large
#           DeploymentMode: SINGLE_INSTANCE
#           SubnetIds: [!Ref PrivateSubnet]
#           SecurityGroups: [!Ref BrokerSecurityGroup]
#           PubliclyAccessible: false
#           Users:
#             - Username: orders
#               Password: "{{resolve:secretsmanager:orders-mq:SecretString:password}}"
package tollgate.cloudformation.mq_public

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::AmazonMQ::Broker")
	is_object(r.attributes)
	known_true(r.attributes.PubliclyAccessible)
	finding := {
		"resource": r.address,
		"path": ["PubliclyAccessible"],
		"message": sprintf("MQ broker %s sets PubliclyAccessible to true, so its endpoints can be reached from the internet.", [r.address]),
	}
}

# CloudFormation accepts booleans as strings ("true").
known_true(x) if x == true

known_true(x) if {
	is_string(x)
	lower(x) == "true"
}
