package tollgate.cloudformation.rds_copy_tags_test

import rego.v1

import data.tollgate.cloudformation.rds_copy_tags as policy

resource(id, type, props) := {"address": id, "type": type, "name": id, "attributes": props, "refs": []}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "resources": resources, "parameters": {}, "conditions": {}}

test_missing_fails if {
	findings := policy.deny with input as doc([resource("Database", "AWS::RDS::DBInstance", {"Engine": "postgres"})])
	count(findings) == 1
	some f in findings
	f.path == ["CopyTagsToSnapshot"]
}

test_false_and_cluster_fail if {
	count(policy.deny) == 2 with input as doc([
		resource("Database", "AWS::RDS::DBInstance", {"Engine": "mysql", "CopyTagsToSnapshot": "false"}),
		resource("Cluster", "AWS::RDS::DBCluster", {"Engine": "aurora-mysql"}),
	])
}

test_enabled_passes if {
	count(policy.deny) == 0 with input as doc([
		resource("Database", "AWS::RDS::DBInstance", {"Engine": "postgres", "CopyTagsToSnapshot": true}),
		resource("Cluster", "AWS::RDS::DBCluster", {"Engine": "aurora-postgresql", "CopyTagsToSnapshot": "true"}),
	])
}

test_members_and_replicas_not_checked if {
	count(policy.deny) == 0 with input as doc([
		resource("Member", "AWS::RDS::DBInstance", {"Engine": "aurora-postgresql", "DBClusterIdentifier": {"__unknown__": "Ref Cluster", "__ref__": "Cluster"}}),
		resource("Replica", "AWS::RDS::DBInstance", {"SourceDBInstanceIdentifier": {"__unknown__": "Ref Database", "__ref__": "Database"}}),
	])
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as doc([resource("Database", "AWS::RDS::DBInstance", {"Engine": "postgres", "CopyTagsToSnapshot": {"__unknown__": "Fn::If IsProd"}})])
}
