package tollgate.cloudformation.elasticache_failover_test

import rego.v1

import data.tollgate.cloudformation.elasticache_failover as policy

group(props) := {
	"address": "Cache",
	"type": "AWS::ElastiCache::ReplicationGroup",
	"name": "Cache",
	"attributes": object.union({"ReplicationGroupDescription": "cache", "Engine": "redis", "NumCacheClusters": 2}, props),
	"refs": [],
}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "resources": resources, "parameters": {}, "conditions": {}}

test_defaults_fail_twice if {
	findings := policy.deny with input as doc([group({})])
	count(findings) == 2
	paths := {f.path | some f in findings}
	paths == {["AutomaticFailoverEnabled"], ["MultiAZEnabled"]}
}

test_failover_without_multi_az_fails if {
	findings := policy.deny with input as doc([group({"AutomaticFailoverEnabled": true, "MultiAZEnabled": "false"})])
	count(findings) == 1
	some f in findings
	f.path == ["MultiAZEnabled"]
}

test_both_enabled_pass if {
	count(policy.deny) == 0 with input as doc([group({"AutomaticFailoverEnabled": "true", "MultiAZEnabled": true})])
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as doc([group({"AutomaticFailoverEnabled": {"__unknown__": "Fn::If IsProd"}, "MultiAZEnabled": {"__unknown__": "Fn::If IsProd"}})])
}
