package tollgate.cloudformation.elasticache_backups_test

import rego.v1

import data.tollgate.cloudformation.elasticache_backups as policy

resource(id, type, props) := {"address": id, "type": type, "name": id, "attributes": props, "refs": []}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "resources": resources, "parameters": {}, "conditions": {}}

test_replication_group_without_backups_fails if {
	findings := policy.deny with input as doc([resource("Cache", "AWS::ElastiCache::ReplicationGroup", {"Engine": "redis"})])
	count(findings) == 1
	some f in findings
	f.path == ["SnapshotRetentionLimit"]
}

test_zero_retention_fails if {
	count(policy.deny) == 2 with input as doc([
		resource("Group", "AWS::ElastiCache::ReplicationGroup", {"Engine": "valkey", "SnapshotRetentionLimit": 0}),
		resource("Single", "AWS::ElastiCache::CacheCluster", {"Engine": "redis", "SnapshotRetentionLimit": "0"}),
	])
}

test_retention_passes if {
	count(policy.deny) == 0 with input as doc([
		resource("Group", "AWS::ElastiCache::ReplicationGroup", {"Engine": "redis", "SnapshotRetentionLimit": 7}),
		resource("Single", "AWS::ElastiCache::CacheCluster", {"Engine": "valkey", "SnapshotRetentionLimit": "3"}),
	])
}

test_memcached_not_checked if {
	count(policy.deny) == 0 with input as doc([resource("Memcached", "AWS::ElastiCache::CacheCluster", {"Engine": "memcached"})])
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as doc([
		resource("Group", "AWS::ElastiCache::ReplicationGroup", {"Engine": "redis", "SnapshotRetentionLimit": {"__unknown__": "Fn::If IsProd"}}),
		resource("Single", "AWS::ElastiCache::CacheCluster", {"Engine": {"__unknown__": "Ref Engine"}}),
	])
}
