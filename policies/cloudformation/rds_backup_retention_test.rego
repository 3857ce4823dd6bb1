package tollgate.cloudformation.rds_backup_retention_test

import rego.v1

import data.tollgate.cloudformation.rds_backup_retention as rds

resource(type, props) := {"address": "Database", "type": type, "name": "Database", "attributes": props, "refs": []}

test_short_retention_string_fails if {
	findings := rds.deny with input as {"kind": "cloudformation", "resources": [resource("AWS::RDS::DBInstance", {"Engine": "postgres", "BackupRetentionPeriod": "3"})]}
	count(findings) == 1
	some f in findings
	f.path == ["BackupRetentionPeriod"]
}

test_missing_retention_fails if {
	count(rds.deny) == 1 with input as {"kind": "cloudformation", "resources": [resource("AWS::RDS::DBCluster", {"Engine": "aurora-mysql"})]}
}

test_week_of_backups_passes if {
	count(rds.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		resource("AWS::RDS::DBInstance", {"Engine": "postgres", "BackupRetentionPeriod": 7}),
		resource("AWS::RDS::DBCluster", {"Engine": "aurora-mysql", "BackupRetentionPeriod": "14"}),
	]}
}

test_aurora_member_passes if {
	count(rds.deny) == 0 with input as {"kind": "cloudformation", "resources": [resource("AWS::RDS::DBInstance", {"Engine": "aurora-mysql", "DBClusterIdentifier": {"__unknown__": "Ref Cluster", "__ref__": "Cluster"}})]}
}

test_unknown_retention_not_reported if {
	count(rds.deny) == 0 with input as {"kind": "cloudformation", "resources": [resource("AWS::RDS::DBInstance", {"Engine": "postgres", "BackupRetentionPeriod": {"__unknown__": "Ref Retention"}})]}
}
