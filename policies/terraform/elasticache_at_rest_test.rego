package tollgate.terraform.elasticache_at_rest_test

import rego.v1

import data.tollgate.terraform.elasticache_at_rest as policy

group(attrs) := {
	"address": "aws_elasticache_replication_group.cache",
	"type": "aws_elasticache_replication_group",
	"name": "cache",
	"mode": "managed",
	"attributes": object.union({"replication_group_id": "cache", "description": "cache", "node_type": "cache.r7g.large"}, attrs),
	"refs": [],
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

test_redis_default_fails if {
	findings := policy.deny with input as doc([group({"engine": "redis"})])
	count(findings) == 1
	some f in findings
	f.path == ["at_rest_encryption_enabled"]
}

test_engine_missing_is_redis_and_fails if {
	count(policy.deny) == 1 with input as doc([group({})])
}

test_explicit_false_fails_for_valkey_too if {
	count(policy.deny) == 1 with input as doc([group({"engine": "valkey", "at_rest_encryption_enabled": "false"})])
}

test_enabled_passes if {
	count(policy.deny) == 0 with input as doc([group({"engine": "redis", "at_rest_encryption_enabled": true})])
}

test_valkey_default_passes if {
	count(policy.deny) == 0 with input as doc([group({"engine": "valkey"})])
}

test_unknown_values_not_reported if {
	count(policy.deny) == 0 with input as doc([
		group({"engine": "redis", "at_rest_encryption_enabled": {"__unknown__": "var.encrypt"}}),
		group({"engine": {"__unknown__": "var.engine"}}),
	])
}

test_global_secondary_not_checked if {
	count(policy.deny) == 0 with input as doc([group({"global_replication_group_id": {"__unknown__": "aws_elasticache_global_replication_group.g.global_replication_group_id", "__ref__": "aws_elasticache_global_replication_group.g"}})])
}
