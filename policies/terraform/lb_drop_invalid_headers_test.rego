package tollgate.terraform.lb_drop_invalid_headers_test

import rego.v1

import data.tollgate.terraform.lb_drop_invalid_headers as headers

lb(attrs) := {"address": "aws_lb.app", "type": "aws_lb", "name": "app", "mode": "managed", "attributes": attrs, "refs": []}

test_default_alb_fails if {
	findings := headers.deny with input as {"kind": "terraform", "resources": [lb({"name": "app"})]}
	count(findings) == 1
	some f in findings
	f.path == ["drop_invalid_header_fields"]
}

test_alb_false_fails if {
	count(headers.deny) == 1 with input as {"kind": "terraform", "resources": [lb({"load_balancer_type": "application", "drop_invalid_header_fields": false})]}
}

test_dropping_alb_and_nlb_pass if {
	count(headers.deny) == 0 with input as {"kind": "terraform", "resources": [
		lb({"drop_invalid_header_fields": true}),
		lb({"load_balancer_type": "network"}),
	]}
}

test_unknown_not_reported if {
	count(headers.deny) == 0 with input as {"kind": "terraform", "resources": [
		lb({"drop_invalid_header_fields": {"__unknown__": "var.drop"}}),
		lb({"load_balancer_type": {"__unknown__": "var.type"}}),
	]}
}
