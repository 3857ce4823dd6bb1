package tollgate.cloudformation.mq_public_test

import rego.v1

import data.tollgate.cloudformation.mq_public as policy

broker(props) := {"address": "Orders", "type": "AWS::AmazonMQ::Broker", "name": "Orders", "attributes": props, "refs": []}

test_public_fails if {
	findings := policy.deny with input as {"kind": "cloudformation", "resources": [broker({"BrokerName": "orders", "PubliclyAccessible": "true"})]}
	count(findings) == 1
	some f in findings
	f.path == ["PubliclyAccessible"]
}

test_private_passes if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [broker({"BrokerName": "orders", "PubliclyAccessible": "false"})]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [broker({"BrokerName": "orders", "PubliclyAccessible": {"__unknown__": "Ref Public"}})]}
}
