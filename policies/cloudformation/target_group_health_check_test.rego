package tollgate.cloudformation.target_group_health_check_test

import rego.v1

import data.tollgate.cloudformation.target_group_health_check as hc

tg(props) := {"address": "Tg", "type": "AWS::ElasticLoadBalancingV2::TargetGroup", "name": "Tg", "attributes": props, "refs": []}

test_disabled_health_check_fails if {
	findings := hc.deny with input as {"kind": "cloudformation", "resources": [tg({"Port": 80, "HealthCheckEnabled": "false"})]}
	count(findings) == 1
	some f in findings
	f.path == ["HealthCheckEnabled"]
}

test_defaults_and_lambda_pass if {
	count(hc.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		tg({"Port": 80}),
		tg({"HealthCheckEnabled": true}),
		tg({"TargetType": "lambda", "HealthCheckEnabled": false}),
	]}
}

test_unknown_not_reported if {
	count(hc.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		tg({"HealthCheckEnabled": {"__unknown__": "Fn::If"}}),
		tg({"__unknown__": "Fn::If"}),
	]}
}
