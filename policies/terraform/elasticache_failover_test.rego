package tollgate.terraform.elasticache_failover_test

import rego.v1

import data.tollgate.terraform.elasticache_failover as policy

group(attrs) := {
	"address": "aws_elasticache_replication_group.cache",
	"type": "aws_elasticache_replication_group",
	"name": "cache",
	"mode": "managed",
	"attributes": object.union({"replication_group_id": "cache", "description": "cache", "engine": "redis", "num_cache_clusters": 2}, attrs),
	"refs": [],
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

test_defaults_fail_twice if {
	findings := policy.deny with input as doc([group({})])
	count(findings) == 2
	paths := {f.path | some f in findings}
	paths == {["automatic_failover_enabled"], ["multi_az_enabled"]}
}

test_failover_without_multi_az_fails if {
	findings := policy.deny with input as doc([group({"automatic_failover_enabled": true, "multi_az_enabled": "false"})])
	count(findings) == 1
	some f in findings
	f.path == ["multi_az_enabled"]
}

test_both_enabled_pass if {
	count(policy.deny) == 0 with input as doc([group({"automatic_failover_enabled": true, "multi_az_enabled": "true"})])
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as doc([group({"automatic_failover_enabled": {"__unknown__": "var.ha"}, "multi_az_enabled": {"__unknown__": "var.ha"}})])
}

test_single_node_cluster_not_checked if {
	count(policy.deny) == 0 with input as doc([{
		"address": "aws_elasticache_cluster.c",
		"type": "aws_elasticache_cluster",
		"name": "c",
		"mode": "managed",
		"attributes": {"engine": "memcached"},
		"refs": [],
	}])
}
