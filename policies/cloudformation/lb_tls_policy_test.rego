package tollgate.cloudformation.lb_tls_policy_test

import rego.v1

listener(properties) := {
	"kind": "cloudformation",
	"path": "template.yaml",
	"parameters": {},
	"conditions": {},
	"resources": [{
		"address": "HttpsListener",
		"type": "AWS::ElasticLoadBalancingV2::Listener",
		"name": "HttpsListener",
		"attributes": properties,
	}],
}

https(policy) := listener({"Port": 443, "Protocol": "HTTPS", "SslPolicy": policy})

test_old_policy_fails if {
	doc := https("ELBSecurityPolicy-2016-08")
	findings := data.tollgate.cloudformation.lb_tls_policy.deny with input as doc
	count(findings) == 1
	some f in findings
	f.resource == "HttpsListener"
	f.path == ["SslPolicy"]
}

test_tls_1_0_policy_fails if {
	doc := https("ELBSecurityPolicy-TLS-1-0-2015-04")
	count(data.tollgate.cloudformation.lb_tls_policy.deny) == 1 with input as doc
}

test_missing_policy_fails if {
	doc := listener({"Port": 443, "Protocol": "HTTPS"})
	count(data.tollgate.cloudformation.lb_tls_policy.deny) == 1 with input as doc
}

test_tls_listener_old_policy_fails if {
	doc := listener({"Port": 443, "Protocol": "TLS", "SslPolicy": "ELBSecurityPolicy-2016-08"})
	count(data.tollgate.cloudformation.lb_tls_policy.deny) == 1 with input as doc
}

test_tls13_policy_passes if {
	doc := https("ELBSecurityPolicy-TLS13-1-2-2021-06")
	count(data.tollgate.cloudformation.lb_tls_policy.deny) == 0 with input as doc
}

test_fs_1_2_policy_passes if {
	doc := https("ELBSecurityPolicy-FS-1-2-Res-2020-10")
	count(data.tollgate.cloudformation.lb_tls_policy.deny) == 0 with input as doc
}

test_http_listener_passes if {
	doc := listener({"Port": 80, "Protocol": "HTTP"})
	count(data.tollgate.cloudformation.lb_tls_policy.deny) == 0 with input as doc
}

test_policy_unknown_passes if {
	doc := https({"__unknown__": "SslPolicy"})
	count(data.tollgate.cloudformation.lb_tls_policy.deny) == 0 with input as doc
}
