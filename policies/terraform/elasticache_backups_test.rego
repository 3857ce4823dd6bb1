package tollgate.terraform.elasticache_backups_test

import rego.v1

import data.tollgate.terraform.elasticache_backups as policy

resource(type, attrs) := {
	"address": sprintf("%s.cache", [type]),
	"type": type,
	"name": "cache",
	"mode": "managed",
	"attributes": attrs,
	"refs": [],
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

test_replication_group_without_backups_fails if {
	findings := policy.deny with input as doc([resource("aws_elasticache_replication_group", {"engine": "redis"})])
	count(findings) == 1
	some f in findings
	f.path == ["snapshot_retention_limit"]
}

test_zero_retention_fails if {
	count(policy.deny) == 2 with input as doc([
		resource("aws_elasticache_replication_group", {"engine": "valkey", "snapshot_retention_limit": 0}),
		resource("aws_elasticache_cluster", {"engine": "redis", "snapshot_retention_limit": "0"}),
	])
}

test_retention_passes if {
	count(policy.deny) == 0 with input as doc([
		resource("aws_elasticache_replication_group", {"engine": "redis", "snapshot_retention_limit": 7}),
		resource("aws_elasticache_cluster", {"engine": "valkey", "snapshot_retention_limit": "3"}),
	])
}

test_memcached_and_group_members_not_checked if {
	count(policy.deny) == 0 with input as doc([
		resource("aws_elasticache_cluster", {"engine": "memcached"}),
		resource("aws_elasticache_cluster", {"replication_group_id": {"__unknown__": "aws_elasticache_replication_group.g.id", "__ref__": "aws_elasticache_replication_group.g"}}),
	])
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as doc([
		resource("aws_elasticache_replication_group", {"engine": "redis", "snapshot_retention_limit": {"__unknown__": "var.retention"}}),
		resource("aws_elasticache_cluster", {"engine": {"__unknown__": "var.engine"}}),
	])
}
