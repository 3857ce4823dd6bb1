package tollgate.aws.lb_access_logs_test

import rego.v1

import data.tollgate.aws.lb_access_logs as logs

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

test_load_balancer_without_logs_fails if {
	findings := logs.deny with input as doc([lb("application", "app", object.union(compliant, {"access_logs.s3.enabled": "false", "access_logs.s3.bucket": ""}))])
	count(findings) == 1
	some f in findings
	f.resource == arn("application", "app")
	f.message == "Load balancer app in eu-west-1 does not write access logs: access_logs.s3.enabled is not true."
}

test_network_load_balancer_is_checked if {
	count(logs.deny) == 1 with input as doc([lb("network", "nlb", {"access_logs.s3.enabled": "false", "deletion_protection.enabled": "true"})])
}

test_logging_load_balancer_passes if {
	count(logs.deny) == 0 with input as doc([lb("application", "app", compliant)])
}

test_gateway_load_balancer_is_not_checked if {
	count(logs.deny) == 0 with input as doc([lb("gateway", "gwlb", {"deletion_protection.enabled": "false"})])
}

test_unknown_type_is_judged_by_the_attributes if {
	untyped := object.union(lb("application", "x", {"access_logs.s3.enabled": "false"}), {"configuration": {"type": null}})
	gateway := object.union(lb("gateway", "y", {"deletion_protection.enabled": "false"}), {"configuration": {"type": null}})
	count(logs.deny) == 1 with input as doc([untyped, gateway])
}
