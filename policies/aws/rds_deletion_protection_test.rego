package tollgate.aws.rds_deletion_protection_test

import rego.v1

import data.tollgate.aws.rds_deletion_protection as rds

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

test_unprotected_instance_and_cluster_fail if {
	findings := rds.deny with input as doc([instance("app-db", {"deletionProtection": false}), cluster("orders", {"deletionProtection": false})])
	count(findings) == 2
	some f in findings
	f.path == ["configuration", "deletionProtection"]
	f.message == "RDS DB cluster orders in eu-west-1 does not have deletion protection."
}

test_protected_databases_pass if {
	count(rds.deny) == 0 with input as doc([instance("app-db", {}), cluster("orders", {})])
}

test_cluster_members_take_the_cluster_setting if {
	count(rds.deny) == 0 with input as doc([cluster("orders", {}), member("orders-1", "orders", {"deletionProtection": false})])
}

test_string_and_missing_values if {
	count(rds.deny) == 1 with input as doc([instance("a", {"deletionProtection": "false"}), instance("b", {"deletionProtection": null})])
}
