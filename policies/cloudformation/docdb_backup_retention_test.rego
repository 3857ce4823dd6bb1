package tollgate.cloudformation.docdb_backup_retention_test

import rego.v1

import data.tollgate.cloudformation.docdb_backup_retention as policy

cluster(props) := {"address": "Catalog", "type": "AWS::DocDB::DBCluster", "name": "Catalog", "attributes": props, "refs": []}

test_short_retention_fails if {
	findings := policy.deny with input as {"kind": "cloudformation", "resources": [cluster({"MasterUsername": "a", "BackupRetentionPeriod": "3"})]}
	count(findings) == 1
	some f in findings
	f.path == ["BackupRetentionPeriod"]
}

test_default_retention_fails if {
	count(policy.deny) == 1 with input as {"kind": "cloudformation", "resources": [cluster({"MasterUsername": "a"})]}
}

test_week_passes if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [cluster({"MasterUsername": "a", "BackupRetentionPeriod": 7})]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [cluster({"MasterUsername": "a", "BackupRetentionPeriod": {"__unknown__": "Fn::If IsProd"}})]}
}
