# METADATA
# title: MSK clusters are not public
# description: Public access of type SERVICE_PROVIDED_EIPS gives every MSK broker a public IP address, so the brokers answer from the internet wherever their security groups allow it and client authentication is the last line of defense.
# custom:
#   id: TG-AWS-MSK-003
#   severity: high
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["AC-3", "SC-7"]}
#   remediation: |
#     Keep the brokers private (reach them through the VPC, peering, PrivateLink or multi-VPC connectivity):
#       Events:
#         Type: AWS::MSK::Cluster
#         Properties:
#           ClusterName: events
#           KafkaVersion: 3.6.0
#           NumberOfBrokerNodes: 3
#           BrokerNodeGroupInfo:
#             InstanceType: kafka.m5.large
#             ClientSubnets: !Ref PrivateSubnetIds
#             ConnectivityInfo:
#               PublicAccess:
#                 Type: DISABLED
package tollgate.cloudformation.msk_public

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::MSK::Cluster")
	is_object(r.attributes)
	access := r.attributes.BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type
	is_string(access)
	upper(access) == "SERVICE_PROVIDED_EIPS"
	finding := {
		"resource": r.address,
		"path": ["BrokerNodeGroupInfo", "ConnectivityInfo", "PublicAccess", "Type"],
		"message": sprintf("MSK cluster %s turns on public access (SERVICE_PROVIDED_EIPS), giving its brokers public IP addresses.", [r.address]),
	}
}
