package tollgate.cloudformation.rds_log_exports_test

import rego.v1

import data.tollgate.cloudformation.rds_log_exports as policy

resource(id, type, props) := {"address": id, "type": type, "name": id, "attributes": props, "refs": []}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "resources": resources, "parameters": {}, "conditions": {}}

test_missing_fails if {
	findings := policy.deny with input as doc([resource("Database", "AWS::RDS::DBInstance", {"Engine": "postgres"})])
	count(findings) == 1
	some f in findings
	f.path == ["EnableCloudwatchLogsExports"]
}

test_empty_list_and_cluster_fail if {
	count(policy.deny) == 2 with input as doc([
		resource("Database", "AWS::RDS::DBInstance", {"Engine": "mysql", "EnableCloudwatchLogsExports": []}),
		resource("Cluster", "AWS::RDS::DBCluster", {"Engine": "aurora-mysql"}),
	])
}

test_exports_pass if {
	count(policy.deny) == 0 with input as doc([
		resource("Database", "AWS::RDS::DBInstance", {"Engine": "postgres", "EnableCloudwatchLogsExports": ["postgresql"]}),
		resource("Cluster", "AWS::RDS::DBCluster", {"Engine": "aurora-mysql", "EnableCloudwatchLogsExports": ["audit", "error"]}),
	])
}

test_members_and_serverless_v1_not_checked if {
	count(policy.deny) == 0 with input as doc([
		resource("Member", "AWS::RDS::DBInstance", {"Engine": "aurora-mysql", "DBClusterIdentifier": {"__unknown__": "Ref Cluster", "__ref__": "Cluster"}}),
		resource("Serverless", "AWS::RDS::DBCluster", {"Engine": "aurora-mysql", "EngineMode": "serverless"}),
	])
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as doc([resource("Database", "AWS::RDS::DBInstance", {"Engine": "postgres", "EnableCloudwatchLogsExports": {"__unknown__": "Fn::If IsProd"}})])
}
