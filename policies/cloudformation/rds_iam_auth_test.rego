package tollgate.cloudformation.rds_iam_auth_test

import rego.v1

import data.tollgate.cloudformation.rds_iam_auth as policy

resource(id, type, props) := {"address": id, "type": type, "name": id, "attributes": props, "refs": []}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "resources": resources, "parameters": {}, "conditions": {}}

test_instance_without_iam_auth_fails if {
	findings := policy.deny with input as doc([resource("Database", "AWS::RDS::DBInstance", {"Engine": "postgres"})])
	count(findings) == 1
	some f in findings
	f.resource == "Database"
	f.path == ["EnableIAMDatabaseAuthentication"]
}

test_explicit_false_and_cluster_fail if {
	count(policy.deny) == 2 with input as doc([
		resource("Database", "AWS::RDS::DBInstance", {"Engine": "MySQL", "EnableIAMDatabaseAuthentication": "false"}),
		resource("Cluster", "AWS::RDS::DBCluster", {"Engine": "aurora-postgresql", "EnableIAMDatabaseAuthentication": false}),
	])
}

test_enabled_passes if {
	count(policy.deny) == 0 with input as doc([
		resource("Database", "AWS::RDS::DBInstance", {"Engine": "mariadb", "EnableIAMDatabaseAuthentication": true}),
		resource("Cluster", "AWS::RDS::DBCluster", {"Engine": "aurora-mysql", "EnableIAMDatabaseAuthentication": "true"}),
	])
}

test_unsupported_engines_and_members_not_checked if {
	count(policy.deny) == 0 with input as doc([
		resource("Legacy", "AWS::RDS::DBInstance", {"Engine": "sqlserver-se"}),
		resource("Erp", "AWS::RDS::DBInstance", {"Engine": "oracle-ee"}),
		resource("Serverless", "AWS::RDS::DBCluster", {"Engine": "aurora-mysql", "EngineMode": "serverless", "EnableIAMDatabaseAuthentication": false}),
		resource("Member", "AWS::RDS::DBInstance", {"Engine": "aurora-postgresql", "DBClusterIdentifier": {"__unknown__": "Ref Cluster", "__ref__": "Cluster"}}),
	])
}

test_unknown_values_not_reported if {
	count(policy.deny) == 0 with input as doc([
		resource("Database", "AWS::RDS::DBInstance", {"Engine": {"__unknown__": "Ref Engine"}}),
		resource("Cluster", "AWS::RDS::DBCluster", {"Engine": "aurora-postgresql", "EnableIAMDatabaseAuthentication": {"__unknown__": "Fn::If IsProd"}}),
	])
}
