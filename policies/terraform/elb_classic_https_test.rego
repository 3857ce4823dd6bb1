package tollgate.terraform.elb_classic_https_test

import rego.v1

import data.tollgate.terraform.elb_classic_https as elb

lb(listeners) := {"address": "aws_elb.web", "type": "aws_elb", "name": "web", "mode": "managed", "attributes": {"listener": listeners}, "refs": []}

test_http_listener_fails if {
	findings := elb.deny with input as {"kind": "terraform", "resources": [lb([
		{"lb_port": 443, "lb_protocol": "https", "instance_port": 80, "instance_protocol": "http", "ssl_certificate_id": "arn:aws:acm:eu-west-1:1:certificate/x"},
		{"lb_port": 80, "lb_protocol": "HTTP", "instance_port": 80, "instance_protocol": "http"},
	])]}
	count(findings) == 1
	some f in findings
	f.path == ["listener", 1, "lb_protocol"]
	contains(f.message, "port 80")
}

test_https_ssl_and_tcp_pass if {
	count(elb.deny) == 0 with input as {"kind": "terraform", "resources": [lb([
		{"lb_port": 443, "lb_protocol": "https", "instance_port": 8080, "instance_protocol": "http"},
		{"lb_port": 8443, "lb_protocol": "ssl", "instance_port": 8443, "instance_protocol": "ssl"},
		{"lb_port": 5432, "lb_protocol": "tcp", "instance_port": 5432, "instance_protocol": "tcp"},
	])]}
}

test_unknown_not_reported if {
	count(elb.deny) == 0 with input as {"kind": "terraform", "resources": [
		lb([{"lb_port": 80, "lb_protocol": {"__unknown__": "var.protocol"}}]),
		lb({"__unknown__": "dynamic"}),
	]}
}
