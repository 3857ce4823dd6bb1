# METADATA
# title: Step Functions state machines log executions
# description: Without a logging configuration (the level defaults to OFF) a state machine sends nothing to CloudWatch Logs, so the failures and retries of its executions can only be followed in the console history, which Express workflows do not keep at all. ERROR or FATAL is enough to pass; ALL is more useful while debugging.
# custom:
#   id: TG-AWS-SFN-001
#   severity: low
#   dimension: reliability
#   kinds: [terraform]
#   frameworks: {aws-well-architected: ["REL06"]}
#   remediation: |
#     Log execution events to CloudWatch Logs:
#       resource "aws_sfn_state_machine" "orders" {
#         name       = "orders"
#         role_arn   = aws_iam_role.orders_sfn.arn
#         definition = file("${path.module}/orders.asl.json")
#         logging_configuration {
#           level                  = "ERROR"
#           include_execution_data = false
#           log_destination        = "${aws_cloudwatch_log_group.orders_sfn.arn}:*"
#         }
#       }
package tollgate.terraform.sfn_logging

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in managed("aws_sfn_state_machine")
	no_block(r.attributes, "logging_configuration")
	finding := {
		"resource": r.address,
		"path": ["logging_configuration"],
		"message": sprintf("State machine %s has no logging_configuration, so its executions are not logged.", [r.address]),
	}
}

deny contains finding if {
	some r in managed("aws_sfn_state_machine")
	some i, block in items(r.attributes.logging_configuration)
	is_object(block)
	not lib.is_unknown(block)
	off(object.get(block, "level", "OFF"))
	finding := {
		"resource": r.address,
		"path": ["logging_configuration", i, "level"],
		"message": sprintf("State machine %s sets its logging level to OFF, so its executions are not logged.", [r.address]),
	}
}

no_block(attrs, name) if object.get(attrs, name, null) == null

no_block(attrs, name) if {
	is_array(attrs[name])
	count(attrs[name]) == 0
}

off(x) if x == null

off(x) if {
	is_string(x)
	upper(x) == "OFF"
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
