package tollgate.terraform.target_group_health_check_test

import rego.v1

import data.tollgate.terraform.target_group_health_check as hc

tg(attrs) := {"address": "aws_lb_target_group.app", "type": "aws_lb_target_group", "name": "app", "mode": "managed", "attributes": attrs, "refs": []}

test_disabled_health_check_fails if {
	findings := hc.deny with input as {"kind": "terraform", "resources": [tg({"port": 80, "health_check": [{"enabled": false}]})]}
	count(findings) == 1
	some f in findings
	f.path == ["health_check", 0, "enabled"]
}

test_disabled_string_fails if {
	count(hc.deny) == 1 with input as {"kind": "terraform", "resources": [tg({"target_type": "ip", "health_check": [{"enabled": "false"}]})]}
}

test_defaults_and_lambda_pass if {
	count(hc.deny) == 0 with input as {"kind": "terraform", "resources": [
		tg({"port": 80}),
		tg({"health_check": [{"path": "/healthz"}]}),
		tg({"target_type": "lambda", "health_check": [{"enabled": false}]}),
	]}
}

test_unknown_not_reported if {
	count(hc.deny) == 0 with input as {"kind": "terraform", "resources": [
		tg({"health_check": [{"enabled": {"__unknown__": "var.checks"}}]}),
		tg({"target_type": {"__unknown__": "var.target_type"}, "health_check": [{"enabled": false}]}),
	]}
}
