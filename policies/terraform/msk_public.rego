# METADATA
# title: MSK clusters are not public
# description: Public access of type SERVICE_PROVIDED_EIPS gives every MSK broker a public IP address, so the brokers answer from the internet wherever their security groups allow it and client authentication is the last line of defense.
# custom:
#   id: TG-AWS-MSK-003
#   severity: high
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["AC-3", "SC-7"]}
#   remediation: |
#     Keep the brokers private (reach them through the VPC, peering, PrivateLink or multi-VPC connectivity):
#       resource "aws_msk_cluster" "events" {
#         cluster_name           = "events"
#         kafka_version          = "3.6.0"
#         number_of_broker_nodes = 3
#         broker_node_group_info {
#           instance_type   = "kafka.m5.large"
#           client_subnets  = var.private_subnet_ids
#           security_groups = [aws_security_group.kafka.id]
#           connectivity_info {
#             public_access {
#               type = "DISABLED"
#             }
#           }
#         }
#       }
package tollgate.terraform.msk_public

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in managed("aws_msk_cluster")
	some i, group in items(r.attributes.broker_node_group_info)
	is_object(group)
	some j, connectivity in items(group.connectivity_info)
	is_object(connectivity)
	some k, access in items(connectivity.public_access)
	is_object(access)
	is_string(access.type)
	upper(access.type) == "SERVICE_PROVIDED_EIPS"
	finding := {
		"resource": r.address,
		"path": ["broker_node_group_info", i, "connectivity_info", j, "public_access", k, "type"],
		"message": sprintf("MSK cluster %s turns on public access (SERVICE_PROVIDED_EIPS), giving its brokers public IP addresses.", [r.address]),
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
