package tollgate.terraform.lb_access_logs_test

import rego.v1

import data.tollgate.terraform.lb_access_logs as logs

lb(attrs) := {"address": "aws_lb.app", "type": "aws_lb", "name": "app", "mode": "managed", "attributes": attrs, "refs": []}

test_no_access_logs_fails if {
	findings := logs.deny with input as {"kind": "terraform", "resources": [lb({"name": "app"})]}
	count(findings) == 1
	some f in findings
	f.path == ["access_logs"]
}

test_block_without_enabled_fails if {
	findings := logs.deny with input as {"kind": "terraform", "resources": [lb({"load_balancer_type": "network", "access_logs": [{"bucket": "logs"}]})]}
	count(findings) == 1
	some f in findings
	f.path == ["access_logs", 0, "enabled"]
}

test_enabled_and_gateway_pass if {
	count(logs.deny) == 0 with input as {"kind": "terraform", "resources": [
		lb({"access_logs": [{"bucket": "logs", "enabled": true}]}),
		lb({"load_balancer_type": "gateway"}),
	]}
}

test_unknown_not_reported if {
	count(logs.deny) == 0 with input as {"kind": "terraform", "resources": [
		lb({"access_logs": [{"bucket": "logs", "enabled": {"__unknown__": "var.logs"}}]}),
		lb({"access_logs": {"__unknown__": "dynamic"}}),
		lb({"load_balancer_type": {"__unknown__": "var.type"}}),
	]}
}
