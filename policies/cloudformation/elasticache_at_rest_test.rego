package tollgate.cloudformation.elasticache_at_rest_test

import rego.v1

import data.tollgate.cloudformation.elasticache_at_rest as policy

group(props) := {
	"address": "Cache",
	"type": "AWS::ElastiCache::ReplicationGroup",
	"name": "Cache",
	"attributes": object.union({"ReplicationGroupDescription": "cache", "CacheNodeType": "cache.r7g.large"}, props),
	"refs": [],
}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "resources": resources, "parameters": {}, "conditions": {}}

test_redis_default_fails if {
	findings := policy.deny with input as doc([group({"Engine": "redis"})])
	count(findings) == 1
	some f in findings
	f.path == ["AtRestEncryptionEnabled"]
}

test_engine_missing_is_redis_and_fails if {
	count(policy.deny) == 1 with input as doc([group({})])
}

test_explicit_false_fails_for_valkey_too if {
	count(policy.deny) == 1 with input as doc([group({"Engine": "valkey", "AtRestEncryptionEnabled": "false"})])
}

test_enabled_passes if {
	count(policy.deny) == 0 with input as doc([group({"Engine": "redis", "AtRestEncryptionEnabled": "true"})])
}

test_valkey_default_passes if {
	count(policy.deny) == 0 with input as doc([group({"Engine": "valkey"})])
}

test_unknown_values_not_reported if {
	count(policy.deny) == 0 with input as doc([
		group({"Engine": "redis", "AtRestEncryptionEnabled": {"__unknown__": "Fn::If IsProd"}}),
		group({"Engine": {"__unknown__": "Ref Engine"}}),
	])
}

test_global_secondary_not_checked if {
	count(policy.deny) == 0 with input as doc([group({"GlobalReplicationGroupId": "ldgnf-sessions"})])
}
