package tollgate.cloudformation.lb_deletion_protection_test

import rego.v1

lb(properties) := {
	"kind": "cloudformation",
	"path": "template.yaml",
	"parameters": {},
	"conditions": {},
	"resources": [{
		"address": "LoadBalancer",
		"type": "AWS::ElasticLoadBalancingV2::LoadBalancer",
		"name": "LoadBalancer",
		"attributes": properties,
	}],
}

test_no_attributes_fails if {
	doc := lb({"Type": "application", "Scheme": "internet-facing"})
	findings := data.tollgate.cloudformation.lb_deletion_protection.deny with input as doc
	count(findings) == 1
	some f in findings
	f.resource == "LoadBalancer"
	f.path == ["LoadBalancerAttributes"]
}

test_protection_false_fails if {
	doc := lb({"LoadBalancerAttributes": [
		{"Key": "idle_timeout.timeout_seconds", "Value": "60"},
		{"Key": "deletion_protection.enabled", "Value": "false"},
	]})
	count(data.tollgate.cloudformation.lb_deletion_protection.deny) == 1 with input as doc
}

test_protection_true_passes if {
	doc := lb({"LoadBalancerAttributes": [
		{"Key": "idle_timeout.timeout_seconds", "Value": "60"},
		{"Key": "deletion_protection.enabled", "Value": "true"},
	]})
	count(data.tollgate.cloudformation.lb_deletion_protection.deny) == 0 with input as doc
}

test_protection_boolean_true_passes if {
	doc := lb({"LoadBalancerAttributes": [{"Key": "deletion_protection.enabled", "Value": true}]})
	count(data.tollgate.cloudformation.lb_deletion_protection.deny) == 0 with input as doc
}

test_protection_unknown_passes if {
	doc := lb({"LoadBalancerAttributes": [{"Key": "deletion_protection.enabled", "Value": {"__unknown__": "DeletionProtection"}}]})
	count(data.tollgate.cloudformation.lb_deletion_protection.deny) == 0 with input as doc
}
