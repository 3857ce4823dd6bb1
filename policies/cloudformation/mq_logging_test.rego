package tollgate.cloudformation.mq_logging_test

import rego.v1

import data.tollgate.cloudformation.mq_logging as policy

broker(props) := {"address": "Orders", "type": "AWS::AmazonMQ::Broker", "name": "Orders", "attributes": props, "refs": []}

test_no_logs_fails if {
	findings := policy.deny with input as {"kind": "cloudformation", "resources": [broker({"BrokerName": "orders"})]}
	count(findings) == 1
	some f in findings
	f.path == ["Logs"]
}

test_general_off_fails if {
	findings := policy.deny with input as {"kind": "cloudformation", "resources": [broker({"BrokerName": "orders", "Logs": {"General": "false", "Audit": true}})]}
	count(findings) == 1
	some f in findings
	f.path == ["Logs", "General"]
}

test_audit_only_fails if {
	count(policy.deny) == 1 with input as {"kind": "cloudformation", "resources": [broker({"BrokerName": "orders", "Logs": {"Audit": true}})]}
}

test_general_on_passes if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [broker({"BrokerName": "orders", "EngineType": "RABBITMQ", "Logs": {"General": "true"}})]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		broker({"BrokerName": "orders", "Logs": {"__unknown__": "Fn::If IsProd"}}),
		broker({"BrokerName": "orders", "Logs": {"General": {"__unknown__": "Ref GeneralLogs"}}}),
	]}
}
