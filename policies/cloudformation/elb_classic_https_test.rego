package tollgate.cloudformation.elb_classic_https_test

import rego.v1

import data.tollgate.cloudformation.elb_classic_https as elb

lb(listeners) := {"address": "Web", "type": "AWS::ElasticLoadBalancing::LoadBalancer", "name": "Web", "attributes": {"Listeners": listeners}, "refs": []}

test_http_listener_fails if {
	findings := elb.deny with input as {"kind": "cloudformation", "resources": [lb([{"LoadBalancerPort": "80", "InstancePort": "80", "Protocol": "http"}])]}
	count(findings) == 1
	some f in findings
	f.path == ["Listeners", 0, "Protocol"]
}

test_https_passes if {
	count(elb.deny) == 0 with input as {"kind": "cloudformation", "resources": [lb([{"LoadBalancerPort": "443", "InstancePort": "80", "Protocol": "HTTPS", "InstanceProtocol": "HTTP"}])]}
}

test_unknown_not_reported if {
	count(elb.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		lb([{"LoadBalancerPort": "80", "Protocol": {"__unknown__": "Ref Protocol"}}]),
		lb({"__unknown__": "Fn::If"}),
	]}
}
