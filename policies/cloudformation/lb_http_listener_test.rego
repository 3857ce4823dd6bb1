package tollgate.cloudformation.lb_http_listener_test

import rego.v1

listener(properties) := {
	"kind": "cloudformation",
	"path": "template.yaml",
	"parameters": {},
	"conditions": {},
	"resources": [{
		"address": "HttpListener",
		"type": "AWS::ElasticLoadBalancingV2::Listener",
		"name": "HttpListener",
		"attributes": properties,
	}],
}

forward := [{"Type": "forward", "TargetGroupArn": {"__unknown__": "TargetGroup", "__ref__": "TargetGroup"}}]

test_http_forward_fails if {
	doc := listener({"Port": 80, "Protocol": "HTTP", "DefaultActions": forward})
	findings := data.tollgate.cloudformation.lb_http_listener.deny with input as doc
	count(findings) == 1
	some f in findings
	f.resource == "HttpListener"
	f.path == ["DefaultActions"]
}

test_http_fixed_response_fails if {
	doc := listener({"Port": "80", "Protocol": "HTTP", "DefaultActions": [{
		"Type": "fixed-response",
		"FixedResponseConfig": {"StatusCode": "200", "MessageBody": "ok"},
	}]})
	count(data.tollgate.cloudformation.lb_http_listener.deny) == 1 with input as doc
}

test_default_protocol_on_application_lb_fails if {
	doc := {"kind": "cloudformation", "path": "template.yaml", "resources": [
		{
			"address": "LoadBalancer",
			"type": "AWS::ElasticLoadBalancingV2::LoadBalancer",
			"name": "LoadBalancer",
			"attributes": {"Scheme": "internet-facing"},
		},
		{
			"address": "Listener",
			"type": "AWS::ElasticLoadBalancingV2::Listener",
			"name": "Listener",
			"attributes": {
				"Port": 80,
				"LoadBalancerArn": {"__unknown__": "LoadBalancer", "__ref__": "LoadBalancer"},
				"DefaultActions": forward,
			},
		},
	]}
	findings := data.tollgate.cloudformation.lb_http_listener.deny with input as doc
	{f.resource | some f in findings} == {"Listener"}
}

test_http_redirect_to_https_passes if {
	doc := listener({"Port": 80, "Protocol": "HTTP", "DefaultActions": [{
		"Type": "redirect",
		"RedirectConfig": {"Protocol": "HTTPS", "Port": "443", "StatusCode": "HTTP_301"},
	}]})
	count(data.tollgate.cloudformation.lb_http_listener.deny) == 0 with input as doc
}

test_https_listener_passes if {
	doc := listener({"Port": 443, "Protocol": "HTTPS", "DefaultActions": forward})
	count(data.tollgate.cloudformation.lb_http_listener.deny) == 0 with input as doc
}

test_protocol_unknown_passes if {
	doc := listener({"Port": 80, "Protocol": {"__unknown__": "ListenerProtocol"}, "DefaultActions": forward})
	count(data.tollgate.cloudformation.lb_http_listener.deny) == 0 with input as doc
}

test_actions_unknown_passes if {
	doc := listener({"Port": 80, "Protocol": "HTTP", "DefaultActions": {"__unknown__": "DefaultActions"}})
	count(data.tollgate.cloudformation.lb_http_listener.deny) == 0 with input as doc
}
