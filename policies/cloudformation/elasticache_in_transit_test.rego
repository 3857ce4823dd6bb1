package tollgate.cloudformation.elasticache_in_transit_test

import rego.v1

import data.tollgate.cloudformation.elasticache_in_transit as policy

group(props) := {
	"address": "Cache",
	"type": "AWS::ElastiCache::ReplicationGroup",
	"name": "Cache",
	"attributes": object.union({"ReplicationGroupDescription": "cache", "Engine": "redis"}, props),
	"refs": [],
}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "resources": resources, "parameters": {}, "conditions": {}}

test_missing_fails if {
	findings := policy.deny with input as doc([group({})])
	count(findings) == 1
	some f in findings
	f.path == ["TransitEncryptionEnabled"]
}

test_false_fails if {
	count(policy.deny) == 1 with input as doc([group({"TransitEncryptionEnabled": "false"})])
}

test_preferred_mode_fails if {
	findings := policy.deny with input as doc([group({"TransitEncryptionEnabled": true, "TransitEncryptionMode": "preferred"})])
	count(findings) == 1
	some f in findings
	f.path == ["TransitEncryptionMode"]
}

test_enabled_passes if {
	count(policy.deny) == 0 with input as doc([
		group({"TransitEncryptionEnabled": true}),
		group({"TransitEncryptionEnabled": "true", "TransitEncryptionMode": "required"}),
	])
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as doc([group({"TransitEncryptionEnabled": {"__unknown__": "Fn::If IsProd"}, "TransitEncryptionMode": {"__unknown__": "Ref Mode"}})])
}

test_global_secondary_not_checked if {
	count(policy.deny) == 0 with input as doc([group({"GlobalReplicationGroupId": "ldgnf-sessions"})])
}
