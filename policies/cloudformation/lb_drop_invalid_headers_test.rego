package tollgate.cloudformation.lb_drop_invalid_headers_test

import rego.v1

import data.tollgate.cloudformation.lb_drop_invalid_headers as headers

lb(props) := {"address": "Lb", "type": "AWS::ElasticLoadBalancingV2::LoadBalancer", "name": "Lb", "attributes": props, "refs": []}

key := "routing.http.drop_invalid_header_fields.enabled"

test_default_alb_fails if {
	findings := headers.deny with input as {"kind": "cloudformation", "resources": [lb({"Subnets": ["a", "b"]})]}
	count(findings) == 1
	some f in findings
	f.path == ["LoadBalancerAttributes"]
}

test_alb_false_fails if {
	count(headers.deny) == 1 with input as {"kind": "cloudformation", "resources": [lb({"Type": "application", "LoadBalancerAttributes": [{"Key": key, "Value": false}]})]}
}

test_dropping_alb_and_nlb_pass if {
	count(headers.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		lb({"LoadBalancerAttributes": [{"Key": key, "Value": "true"}]}),
		lb({"Type": "network"}),
	]}
}

test_unknown_not_reported if {
	count(headers.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		lb({"LoadBalancerAttributes": [{"Key": key, "Value": {"__unknown__": "Ref Drop"}}]}),
		lb({"Type": {"__unknown__": "Ref LbType"}}),
	]}
}
