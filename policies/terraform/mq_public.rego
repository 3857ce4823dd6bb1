# METADATA
# title: MQ brokers are not publicly accessible
# description: A publicly accessible Amazon MQ broker gets a public endpoint for its wire protocols and web console, reachable from the internet with only the broker users' passwords in the way. The default, false, is not reported.
# custom:
#   id: TG-AWS-MQ-001
#   severity: high
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["AC-3", "SC-7"]}
#   remediation: |
#     Run the broker in private subnets and reach it from inside the VPC:
#       resource "aws_mq_broker" "orders" {
#         broker_name         = "orders"
#         engine_type         = "RabbitMQ"
#         engine_version      = "3.13"
#         host_instance_type  = "mq.m5.large"
#         subnet_ids          = [var.private_subnet_id]
#         security_groups     = [aws_security_group.mq.id]
#         publicly_accessible = false
#         user {
#           username = "orders"
#           password = random_password.mq.result
#         }
#       }
package tollgate.terraform.mq_public

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in managed("aws_mq_broker")
	known_true(r.attributes.publicly_accessible)
	finding := {
		"resource": r.address,
		"path": ["publicly_accessible"],
		"message": sprintf("MQ broker %s sets publicly_accessible = true, so its endpoints can be reached from the internet.", [r.address]),
	}
}

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
