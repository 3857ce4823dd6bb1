package tollgate.terraform.elasticache_in_transit_test

import rego.v1

import data.tollgate.terraform.elasticache_in_transit as policy

group(attrs) := {
	"address": "aws_elasticache_replication_group.cache",
	"type": "aws_elasticache_replication_group",
	"name": "cache",
	"mode": "managed",
	"attributes": object.union({"replication_group_id": "cache", "description": "cache", "engine": "redis"}, attrs),
	"refs": [],
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

test_missing_fails if {
	findings := policy.deny with input as doc([group({})])
	count(findings) == 1
	some f in findings
	f.path == ["transit_encryption_enabled"]
}

test_false_fails if {
	count(policy.deny) == 1 with input as doc([group({"transit_encryption_enabled": "false"})])
}

test_preferred_mode_fails if {
	findings := policy.deny with input as doc([group({"transit_encryption_enabled": true, "transit_encryption_mode": "preferred"})])
	count(findings) == 1
	some f in findings
	f.path == ["transit_encryption_mode"]
}

test_enabled_passes if {
	count(policy.deny) == 0 with input as doc([
		group({"transit_encryption_enabled": true}),
		group({"transit_encryption_enabled": "true", "transit_encryption_mode": "required"}),
	])
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as doc([group({"transit_encryption_enabled": {"__unknown__": "var.tls"}, "transit_encryption_mode": {"__unknown__": "var.mode"}})])
}

test_global_secondary_not_checked if {
	count(policy.deny) == 0 with input as doc([group({"global_replication_group_id": "ldgnf-sessions"})])
}
