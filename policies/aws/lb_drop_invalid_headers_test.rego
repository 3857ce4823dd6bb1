package tollgate.aws.lb_drop_invalid_headers_test

import rego.v1

import data.tollgate.aws.lb_drop_invalid_headers as headers

doc(resources) := {
	"kind": "aws", "path": "aws/111111111111/eu-west-1",
	"account": "111111111111", "region": "eu-west-1", "partition": "aws",
	"collected_at": "2026-11-25T02:00:00Z",
	"resources": resources,
}

arn(type, name) := sprintf("arn:aws:elasticloadbalancing:eu-west-1:111111111111:loadbalancer/%s/%s/50dc6c495c0c9188", [prefix[type], name])

prefix := {"application": "app", "network": "net", "gateway": "gwy"}

# lb(type, name, attributes): a load balancer with its attributes, a map of key to value.
lb(type, name, attributes) := {
	"address": arn(type, name),
	"type": "AWS::ElasticLoadBalancingV2::LoadBalancer",
	"id": arn(type, name), "name": name, "arn": arn(type, name),
	"account": "111111111111", "region": "eu-west-1", "tags": {},
	"configuration": {
		"loadBalancerArn": arn(type, name), "loadBalancerName": name, "type": type,
		"scheme": "internet-facing", "vpcId": "vpc-0a1b2c3d4e5f60718", "state": {"code": "active"},
		"dNSName": sprintf("%s-123456789.eu-west-1.elb.amazonaws.com", [name]),
		"createdTime": "2024-03-01T10:00:00.000Z", "ipAddressType": "ipv4",
	},
	"supplementary": {"LoadBalancerAttributes": [{"key": k, "value": v} | some k, v in attributes]},
	"relationships": [],
}

compliant := {
	"access_logs.s3.enabled": "true", "access_logs.s3.bucket": "acme-lb-logs", "access_logs.s3.prefix": "app",
	"deletion_protection.enabled": "true", "idle_timeout.timeout_seconds": "60",
	"routing.http.drop_invalid_header_fields.enabled": "true",
}

test_forwarding_invalid_headers_fails if {
	findings := headers.deny with input as doc([lb("application", "app", object.union(compliant, {"routing.http.drop_invalid_header_fields.enabled": "false"}))])
	count(findings) == 1
	some f in findings
	f.message == "Application load balancer app in eu-west-1 forwards headers with invalid names: routing.http.drop_invalid_header_fields.enabled is not true."
}

test_dropping_invalid_headers_passes if {
	count(headers.deny) == 0 with input as doc([lb("application", "app", compliant)])
}

test_network_and_gateway_load_balancers_are_not_checked if {
	count(headers.deny) == 0 with input as doc([
		lb("network", "nlb", {"deletion_protection.enabled": "false"}),
		lb("gateway", "gwlb", {"deletion_protection.enabled": "false"}),
	])
}

test_missing_attributes_are_not_reported if {
	count(headers.deny) == 0 with input as doc([object.union(lb("application", "a", {}), {"supplementary": {"LoadBalancerAttributes": "none"}})])
}
