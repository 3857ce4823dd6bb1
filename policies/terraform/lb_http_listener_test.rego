package tollgate.terraform.lb_http_listener_test

import rego.v1

listener(attributes) := {
	"kind": "terraform",
	"path": ".",
	"resources": [{
		"address": "aws_lb_listener.http",
		"type": "aws_lb_listener",
		"name": "http",
		"mode": "managed",
		"attributes": attributes,
	}],
}

forward := [{"type": "forward", "target_group_arn": {"__unknown__": "aws_lb_target_group.app.arn", "__ref__": "aws_lb_target_group.app"}}]

test_http_forward_fails if {
	doc := listener({"port": 80, "protocol": "HTTP", "default_action": forward})
	findings := data.tollgate.terraform.lb_http_listener.deny with input as doc
	count(findings) == 1
	some f in findings
	f.resource == "aws_lb_listener.http"
	f.path == ["default_action"]
}

test_http_redirect_to_http_fails if {
	doc := listener({"port": 80, "protocol": "HTTP", "default_action": [{
		"type": "redirect",
		"redirect": [{"port": "8080", "protocol": "HTTP", "status_code": "HTTP_302"}],
	}]})
	count(data.tollgate.terraform.lb_http_listener.deny) == 1 with input as doc
}

test_alb_listener_alias_fails if {
	doc := {"kind": "terraform", "path": ".", "resources": [{
		"address": "aws_alb_listener.web",
		"type": "aws_alb_listener",
		"name": "web",
		"mode": "managed",
		"attributes": {"port": 80, "protocol": "HTTP", "default_action": forward},
	}]}
	count(data.tollgate.terraform.lb_http_listener.deny) == 1 with input as doc
}

test_default_protocol_on_application_lb_fails if {
	doc := {"kind": "terraform", "path": ".", "resources": [
		{
			"address": "aws_lb.app",
			"type": "aws_lb",
			"name": "app",
			"mode": "managed",
			"attributes": {"name": "app", "internal": false},
		},
		{
			"address": "aws_lb_listener.web",
			"type": "aws_lb_listener",
			"name": "web",
			"mode": "managed",
			"attributes": {
				"port": 80,
				"load_balancer_arn": {"__unknown__": "aws_lb.app.arn", "__ref__": "aws_lb.app"},
				"default_action": forward,
			},
		},
	]}
	findings := data.tollgate.terraform.lb_http_listener.deny with input as doc
	{f.resource | some f in findings} == {"aws_lb_listener.web"}
}

test_http_redirect_to_https_passes if {
	doc := listener({"port": 80, "protocol": "HTTP", "default_action": [{
		"type": "redirect",
		"redirect": [{"port": "443", "protocol": "HTTPS", "status_code": "HTTP_301"}],
	}]})
	count(data.tollgate.terraform.lb_http_listener.deny) == 0 with input as doc
}

test_https_listener_passes if {
	doc := listener({"port": 443, "protocol": "HTTPS", "default_action": forward})
	count(data.tollgate.terraform.lb_http_listener.deny) == 0 with input as doc
}

test_default_protocol_on_network_lb_passes if {
	doc := {"kind": "terraform", "path": ".", "resources": [
		{
			"address": "aws_lb.net",
			"type": "aws_lb",
			"name": "net",
			"mode": "managed",
			"attributes": {"load_balancer_type": "network"},
		},
		{
			"address": "aws_lb_listener.tcp",
			"type": "aws_lb_listener",
			"name": "tcp",
			"mode": "managed",
			"attributes": {
				"port": 80,
				"load_balancer_arn": {"__unknown__": "aws_lb.net.arn", "__ref__": "aws_lb.net"},
				"default_action": forward,
			},
		},
	]}
	count(data.tollgate.terraform.lb_http_listener.deny) == 0 with input as doc
}

test_protocol_unknown_passes if {
	doc := listener({"port": 80, "protocol": {"__unknown__": "var.protocol"}, "default_action": forward})
	count(data.tollgate.terraform.lb_http_listener.deny) == 0 with input as doc
}

test_redirect_protocol_unknown_passes if {
	doc := listener({"port": 80, "protocol": "HTTP", "default_action": [{
		"type": "redirect",
		"redirect": [{"port": "443", "protocol": {"__unknown__": "var.redirect_protocol"}, "status_code": "HTTP_301"}],
	}]})
	count(data.tollgate.terraform.lb_http_listener.deny) == 0 with input as doc
}
