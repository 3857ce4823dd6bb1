package tollgate.cloudformation.rds_encryption_test

import rego.v1

import data.tollgate.cloudformation.rds_encryption as rds

resource(type, props) := {"address": "Database", "type": type, "name": "Database", "attributes": props, "refs": []}

test_instance_unencrypted_fails if {
	findings := rds.deny with input as {"kind": "cloudformation", "resources": [resource("AWS::RDS::DBInstance", {"Engine": "postgres", "StorageEncrypted": "false"})]}
	count(findings) == 1
	some f in findings
	f.path == ["StorageEncrypted"]
}

test_cluster_encryption_missing_fails if {
	count(rds.deny) == 1 with input as {"kind": "cloudformation", "resources": [resource("AWS::RDS::DBCluster", {"Engine": "aurora-postgresql"})]}
}

test_encrypted_passes if {
	count(rds.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		resource("AWS::RDS::DBInstance", {"Engine": "postgres", "StorageEncrypted": true}),
		resource("AWS::RDS::DBCluster", {"Engine": "aurora-mysql", "StorageEncrypted": "true"}),
	]}
}

test_aurora_member_and_replica_pass if {
	count(rds.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		resource("AWS::RDS::DBInstance", {"Engine": "aurora-mysql", "DBClusterIdentifier": {"__unknown__": "Ref Cluster", "__ref__": "Cluster"}}),
		resource("AWS::RDS::DBInstance", {"SourceDBInstanceIdentifier": "primary-db"}),
	]}
}

test_unknown_encryption_not_reported if {
	count(rds.deny) == 0 with input as {"kind": "cloudformation", "resources": [resource("AWS::RDS::DBInstance", {"Engine": "postgres", "StorageEncrypted": {"__unknown__": "Fn::If IsProd"}})]}
}
