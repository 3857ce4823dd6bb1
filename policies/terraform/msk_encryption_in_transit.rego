# METADATA
# title: MSK clusters encrypt client traffic
# description: With client_broker set to PLAINTEXT or TLS_PLAINTEXT an MSK cluster accepts unencrypted connections from producers and consumers, so messages and SASL/SCRAM credentials can cross the network in clear text. The default, TLS, is not reported.
# custom:
#   id: TG-AWS-MSK-001
#   severity: high
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SC-8"]}
#   remediation: |
#     Accept only TLS connections from clients (and keep broker-to-broker traffic encrypted):
#       resource "aws_msk_cluster" "events" {
#         cluster_name           = "events"
#         kafka_version          = "3.6.0"
#         number_of_broker_nodes = 3
#         broker_node_group_info {
#           instance_type   = "kafka.m5.large"
#           client_subnets  = var.private_subnet_ids
#           security_groups = [aws_security_group.kafka.id]
#         }
#         encryption_info {
#           encryption_in_transit {
#             client_broker = "TLS"
#             in_cluster    = true
#           }
#         }
#       }
package tollgate.terraform.msk_encryption_in_transit

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in managed("aws_msk_cluster")
	some i, info in items(r.attributes.encryption_info)
	is_object(info)
	some j, transit in items(info.encryption_in_transit)
	is_object(transit)
	setting := transit.client_broker
	is_string(setting)
	upper(setting) in {"PLAINTEXT", "TLS_PLAINTEXT"}
	finding := {
		"resource": r.address,
		"path": ["encryption_info", i, "encryption_in_transit", j, "client_broker"],
		"message": sprintf("MSK cluster %s sets client_broker = %q, so clients can connect without TLS.", [r.address, setting]),
	}
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
