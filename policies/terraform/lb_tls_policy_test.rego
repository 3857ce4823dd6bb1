package tollgate.terraform.lb_tls_policy_test

import rego.v1

listener(attributes) := {
	"kind": "terraform",
	"path": ".",
	"resources": [{
		"address": "aws_lb_listener.https",
		"type": "aws_lb_listener",
		"name": "https",
		"mode": "managed",
		"attributes": attributes,
	}],
}

https(policy) := listener({"port": 443, "protocol": "HTTPS", "ssl_policy": policy, "certificate_arn": "arn:aws:acm:eu-west-1:111122223333:certificate/abc"})

test_old_default_policy_fails if {
	doc := https("ELBSecurityPolicy-2016-08")
	findings := data.tollgate.terraform.lb_tls_policy.deny with input as doc
	count(findings) == 1
	some f in findings
	f.resource == "aws_lb_listener.https"
	f.path == ["ssl_policy"]
}

test_tls_1_0_policy_fails if {
	doc := https("ELBSecurityPolicy-TLS-1-0-2015-04")
	count(data.tollgate.terraform.lb_tls_policy.deny) == 1 with input as doc
}

test_tls13_policy_accepting_tls_1_0_fails if {
	doc := https("ELBSecurityPolicy-TLS13-1-0-2021-06")
	count(data.tollgate.terraform.lb_tls_policy.deny) == 1 with input as doc
}

test_missing_policy_fails if {
	doc := listener({"port": 443, "protocol": "HTTPS"})
	count(data.tollgate.terraform.lb_tls_policy.deny) == 1 with input as doc
}

test_tls_listener_old_policy_fails if {
	doc := listener({"port": 443, "protocol": "TLS", "ssl_policy": "ELBSecurityPolicy-2016-08"})
	count(data.tollgate.terraform.lb_tls_policy.deny) == 1 with input as doc
}

test_tls13_policy_passes if {
	doc := https("ELBSecurityPolicy-TLS13-1-2-2021-06")
	count(data.tollgate.terraform.lb_tls_policy.deny) == 0 with input as doc
}

test_tls_1_2_policy_passes if {
	doc := https("ELBSecurityPolicy-TLS-1-2-Ext-2018-06")
	count(data.tollgate.terraform.lb_tls_policy.deny) == 0 with input as doc
}

test_forward_secrecy_1_2_policy_passes if {
	doc := https("ELBSecurityPolicy-FS-1-2-Res-2020-10")
	count(data.tollgate.terraform.lb_tls_policy.deny) == 0 with input as doc
}

test_http_listener_passes if {
	doc := listener({"port": 80, "protocol": "HTTP"})
	count(data.tollgate.terraform.lb_tls_policy.deny) == 0 with input as doc
}

test_policy_unknown_passes if {
	doc := https({"__unknown__": "var.ssl_policy"})
	count(data.tollgate.terraform.lb_tls_policy.deny) == 0 with input as doc
}
