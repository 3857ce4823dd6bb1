package tollgate.cloudformation.lb_access_logs_test

import rego.v1

import data.tollgate.cloudformation.lb_access_logs as logs

lb(props) := {"address": "Lb", "type": "AWS::ElasticLoadBalancingV2::LoadBalancer", "name": "Lb", "attributes": props, "refs": []}

test_no_access_logs_fails if {
	findings := logs.deny with input as {"kind": "cloudformation", "resources": [lb({"Type": "application"})]}
	count(findings) == 1
	some f in findings
	f.path == ["LoadBalancerAttributes"]
}

test_access_logs_false_fails if {
	findings := logs.deny with input as {"kind": "cloudformation", "resources": [lb({"LoadBalancerAttributes": [{"Key": "idle_timeout.timeout_seconds", "Value": "60"}, {"Key": "access_logs.s3.enabled", "Value": "false"}]})]}
	count(findings) == 1
	some f in findings
	f.path == ["LoadBalancerAttributes", 1, "Value"]
}

test_enabled_and_gateway_pass if {
	count(logs.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		lb({"LoadBalancerAttributes": [{"Key": "access_logs.s3.enabled", "Value": "true"}, {"Key": "access_logs.s3.bucket", "Value": "logs"}]}),
		lb({"Type": "gateway"}),
	]}
}

test_unknown_not_reported if {
	count(logs.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		lb({"LoadBalancerAttributes": {"__unknown__": "Fn::If"}}),
		lb({"LoadBalancerAttributes": [{"__unknown__": "Fn::If"}]}),
		lb({"LoadBalancerAttributes": [{"Key": "access_logs.s3.enabled", "Value": {"__unknown__": "Ref Logs"}}]}),
	]}
}
