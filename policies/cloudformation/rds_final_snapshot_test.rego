package tollgate.cloudformation.rds_final_snapshot_test

import rego.v1

import data.tollgate.cloudformation.rds_final_snapshot as policy

resource(id, type, props) := {"address": id, "type": type, "name": id, "attributes": props, "refs": []}

with_policy(r, p) := object.union(r, {"DeletionPolicy": p})

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "resources": resources, "parameters": {}, "conditions": {}}

test_delete_policy_fails if {
	findings := policy.deny with input as doc([with_policy(resource("Database", "AWS::RDS::DBInstance", {"Engine": "postgres"}), "Delete")])
	count(findings) == 1
	some f in findings
	f.resource == "Database"
	f.path == ["DeletionPolicy"]
}

test_cluster_delete_policy_fails if {
	count(policy.deny) == 1 with input as doc([with_policy(resource("Cluster", "AWS::RDS::DBCluster", {"Engine": "aurora-mysql"}), "Delete")])
}

test_snapshot_retain_and_default_pass if {
	count(policy.deny) == 0 with input as doc([
		with_policy(resource("A", "AWS::RDS::DBInstance", {"Engine": "postgres"}), "Snapshot"),
		with_policy(resource("B", "AWS::RDS::DBCluster", {"Engine": "aurora-mysql"}), "Retain"),
		with_policy(resource("C", "AWS::RDS::DBInstance", {"Engine": "postgres"}), "RetainExceptOnCreate"),
		resource("D", "AWS::RDS::DBInstance", {"Engine": "postgres"}),
	])
}

test_members_and_replicas_not_checked if {
	count(policy.deny) == 0 with input as doc([
		with_policy(resource("Member", "AWS::RDS::DBInstance", {"Engine": "aurora-mysql", "DBClusterIdentifier": {"__unknown__": "Ref Cluster", "__ref__": "Cluster"}}), "Delete"),
		with_policy(resource("Replica", "AWS::RDS::DBInstance", {"SourceDBInstanceIdentifier": {"__unknown__": "Ref Database", "__ref__": "Database"}}), "Delete"),
	])
}

test_intrinsic_policy_not_reported if {
	count(policy.deny) == 0 with input as doc([with_policy(resource("Database", "AWS::RDS::DBInstance", {"Engine": "postgres"}), {"Fn::If": ["IsProd", "Snapshot", "Delete"]})])
}
