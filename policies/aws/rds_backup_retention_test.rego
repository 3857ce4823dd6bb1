package tollgate.aws.rds_backup_retention_test

import rego.v1

import data.tollgate.aws.rds_backup_retention as rds

doc(resources) := {
	"kind": "aws", "path": "aws/111111111111/eu-west-1",
	"account": "111111111111", "region": "eu-west-1", "partition": "aws",
	"collected_at": "2026-11-25T02:00:00Z",
	"resources": resources,
}

# instance(name, overrides): a compliant PostgreSQL instance as AWS Config records it.
instance(name, overrides) := {
	"address": sprintf("arn:aws:rds:eu-west-1:111111111111:db:%s", [name]),
	"type": "AWS::RDS::DBInstance",
	"id": "db-ABCDEFGHIJKLMNOPQRSTUVWXYZ", "name": name,
	"arn": sprintf("arn:aws:rds:eu-west-1:111111111111:db:%s", [name]),
	"account": "111111111111", "region": "eu-west-1", "tags": {},
	"configuration": object.union({
		"dBInstanceIdentifier": name, "dBInstanceClass": "db.t3.medium", "engine": "postgres",
		"engineVersion": "16.4", "dBInstanceStatus": "available", "allocatedStorage": 20,
		"backupRetentionPeriod": 14, "multiAZ": true, "autoMinorVersionUpgrade": true,
		"publiclyAccessible": false, "storageEncrypted": true, "storageType": "gp3",
		"kmsKeyId": "arn:aws:kms:eu-west-1:111111111111:key/11111111-2222-3333-4444-555555555555",
		"iAMDatabaseAuthenticationEnabled": true, "deletionProtection": true,
		"dbiResourceId": "db-ABCDEFGHIJKLMNOPQRSTUVWXYZ",
		"dBInstanceArn": sprintf("arn:aws:rds:eu-west-1:111111111111:db:%s", [name]),
		"readReplicaDBInstanceIdentifiers": [],
	}, overrides),
	"supplementary": {}, "relationships": [],
}

# cluster(name, overrides): a compliant Aurora PostgreSQL cluster as AWS Config records it.
cluster(name, overrides) := {
	"address": sprintf("arn:aws:rds:eu-west-1:111111111111:cluster:%s", [name]),
	"type": "AWS::RDS::DBCluster",
	"id": "cluster-ABCDEFGHIJKLMNOPQRSTUVWXYZ", "name": name,
	"arn": sprintf("arn:aws:rds:eu-west-1:111111111111:cluster:%s", [name]),
	"account": "111111111111", "region": "eu-west-1", "tags": {},
	"configuration": object.union({
		"dBClusterIdentifier": name, "engine": "aurora-postgresql", "engineVersion": "16.4",
		"engineMode": "provisioned", "status": "available", "backupRetentionPeriod": 14,
		"multiAZ": true, "storageEncrypted": true, "iAMDatabaseAuthenticationEnabled": true,
		"deletionProtection": true, "dbClusterResourceId": "cluster-ABCDEFGHIJKLMNOPQRSTUVWXYZ",
		"dBClusterMembers": [{"dBInstanceIdentifier": sprintf("%s-1", [name]), "isClusterWriter": true}],
	}, overrides),
	"supplementary": {}, "relationships": [],
}

# member(name, cluster_name, overrides): an instance of an Aurora cluster.
member(name, cluster_name, overrides) := instance(name, object.union({"engine": "aurora-postgresql", "dBClusterIdentifier": cluster_name}, overrides))

test_short_retention_fails if {
	findings := rds.deny with input as doc([instance("app-db", {"backupRetentionPeriod": 1}), cluster("orders", {"backupRetentionPeriod": 0})])
	count(findings) == 2
	some f in findings
	f.resource == "arn:aws:rds:eu-west-1:111111111111:db:app-db"
	f.path == ["configuration", "backupRetentionPeriod"]
	f.message == "RDS DB instance app-db in eu-west-1 keeps automated backups for 1 days, fewer than 7."
}

test_seven_days_pass if {
	count(rds.deny) == 0 with input as doc([instance("app-db", {"backupRetentionPeriod": 7}), cluster("orders", {})])
}

test_replicas_and_members_are_not_checked if {
	count(rds.deny) == 0 with input as doc([
		instance("app-db-replica", {"backupRetentionPeriod": 0, "readReplicaSourceDBInstanceIdentifier": "app-db"}),
		member("orders-1", "orders", {"backupRetentionPeriod": 1}),
	])
}

test_string_and_missing_values if {
	count(rds.deny) == 1 with input as doc([
		instance("a", {"backupRetentionPeriod": "3"}),
		instance("b", {"backupRetentionPeriod": null}),
		instance("c", {"backupRetentionPeriod": "n/a"}),
	])
}
