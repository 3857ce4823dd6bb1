package tollgate.aws.lb_deletion_protection_test

import rego.v1

import data.tollgate.aws.lb_deletion_protection as lbp

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

test_unprotected_load_balancer_fails if {
	findings := lbp.deny with input as doc([lb("application", "app", object.union(compliant, {"deletion_protection.enabled": "false"}))])
	count(findings) == 1
	some f in findings
	f.resource == arn("application", "app")
	f.path[0] == "supplementary"
	f.path[1] == "LoadBalancerAttributes"
	f.path[3] == "value"
	f.message == "Load balancer app in eu-west-1 can be deleted without first turning off deletion protection."
}

test_absent_attribute_fails_at_the_list if {
	findings := lbp.deny with input as doc([lb("network", "nlb", {"load_balancing.cross_zone.enabled": "false"})])
	count(findings) == 1
	some f in findings
	f.path == ["supplementary", "LoadBalancerAttributes"]
}

test_protected_load_balancers_pass if {
	count(lbp.deny) == 0 with input as doc([
		lb("application", "app", compliant),
		lb("gateway", "gwlb", {"deletion_protection.enabled": "true"}),
	])
}

test_unrecorded_attributes_are_not_reported if {
	count(lbp.deny) == 0 with input as doc([
		object.union(object.remove(lb("application", "a", {}), ["supplementary"]), {"supplementary": {}}),
		object.union(lb("application", "b", {}), {"supplementary": null}),
		lb("application", "c", {}),
	])
}

test_boolean_value_and_capitalized_keys if {
	count(lbp.deny) == 0 with input as doc([
		object.union(lb("application", "a", {}), {"supplementary": {"LoadBalancerAttributes": [{"key": "deletion_protection.enabled", "value": true}]}}),
		object.union(lb("application", "b", {}), {"supplementary": {"LoadBalancerAttributes": [{"Key": "deletion_protection.enabled", "Value": "true"}]}}),
	])
}
