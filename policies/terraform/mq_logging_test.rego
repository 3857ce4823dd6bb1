package tollgate.terraform.mq_logging_test

import rego.v1

import data.tollgate.terraform.mq_logging as policy

broker(attrs) := {"address": "aws_mq_broker.b", "type": "aws_mq_broker", "name": "b", "mode": "managed", "attributes": attrs, "refs": []}

test_no_logs_fails if {
	findings := policy.deny with input as {"kind": "terraform", "resources": [broker({"broker_name": "b"})]}
	count(findings) == 1
	some f in findings
	f.path == ["logs"]
}

test_general_off_fails if {
	findings := policy.deny with input as {"kind": "terraform", "resources": [broker({"broker_name": "b", "logs": [{"audit": true}]})]}
	count(findings) == 1
	some f in findings
	f.path == ["logs", 0, "general"]
}

test_general_false_fails if {
	count(policy.deny) == 1 with input as {"kind": "terraform", "resources": [broker({"broker_name": "b", "logs": [{"general": false}]})]}
}

test_general_on_without_audit_passes if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [broker({"broker_name": "b", "engine_type": "RabbitMQ", "logs": [{"general": true}]})]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [
		broker({"broker_name": "b", "logs": {"__unknown__": "var.logs"}}),
		broker({"broker_name": "c", "logs": [{"general": {"__unknown__": "var.general_logs"}}]}),
	]}
}
