package tollgate.cloudformation.neptune_backup_retention_test

import rego.v1

import data.tollgate.cloudformation.neptune_backup_retention as policy

cluster(props) := {"address": "Graph", "type": "AWS::Neptune::DBCluster", "name": "Graph", "attributes": props, "refs": []}

test_short_retention_fails if {
	findings := policy.deny with input as {"kind": "cloudformation", "resources": [cluster({"BackupRetentionPeriod": "2"})]}
	count(findings) == 1
	some f in findings
	f.path == ["BackupRetentionPeriod"]
}

test_default_retention_fails if {
	count(policy.deny) == 1 with input as {"kind": "cloudformation", "resources": [cluster({"StorageEncrypted": true})]}
}

test_week_passes if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [cluster({"BackupRetentionPeriod": 35})]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [cluster({"BackupRetentionPeriod": {"__unknown__": "Fn::FindInMap Retention"}})]}
}
