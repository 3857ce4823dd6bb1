package tollgate.terraform.mq_public_test

import rego.v1

import data.tollgate.terraform.mq_public as policy

broker(attrs) := {"address": "aws_mq_broker.b", "type": "aws_mq_broker", "name": "b", "mode": "managed", "attributes": attrs, "refs": []}

test_public_fails if {
	findings := policy.deny with input as {"kind": "terraform", "resources": [broker({"broker_name": "b", "publicly_accessible": true})]}
	count(findings) == 1
	some f in findings
	f.path == ["publicly_accessible"]
}

test_private_or_default_passes if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [
		broker({"broker_name": "b", "publicly_accessible": false}),
		broker({"broker_name": "c"}),
	]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [broker({"broker_name": "b", "publicly_accessible": {"__unknown__": "var.public"}})]}
}
