# METADATA
# title: MSK clusters encrypt client traffic
# description: With ClientBroker set to PLAINTEXT or TLS_PLAINTEXT an MSK cluster accepts unencrypted connections from producers and consumers, so messages and SASL/SCRAM credentials can cross the network in clear text. The default, TLS, is not reported.
# custom:
#   id: TG-AWS-MSK-001
#   severity: high
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SC-8"]}
#   remediation: |
#     Accept only TLS connections from clients (and keep broker-to-broker traffic encrypted):
#       Events:
#         Type: AWS::MSK::Cluster
#         Properties:
#           ClusterName: events
#           KafkaVersion: 3.6.0
#           NumberOfBrokerNodes: 3
#           BrokerNodeGroupInfo:
#             InstanceType: kafka.m5.large
#             ClientSubnets: !Ref PrivateSubnetIds
#           EncryptionInfo:
#             EncryptionInTransit:
#               ClientBroker: TLS
#               InCluster: true
package tollgate.cloudformation.msk_encryption_in_transit

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::MSK::Cluster")
	is_object(r.attributes)
	setting := r.attributes.EncryptionInfo.EncryptionInTransit.ClientBroker
	is_string(setting)
	upper(setting) in {"PLAINTEXT", "TLS_PLAINTEXT"}
	finding := {
		"resource": r.address,
		"path": ["EncryptionInfo", "EncryptionInTransit", "ClientBroker"],
		"message": sprintf("MSK cluster %s sets ClientBroker to %s, so clients can connect without TLS.", [r.address, setting]),
	}
}
