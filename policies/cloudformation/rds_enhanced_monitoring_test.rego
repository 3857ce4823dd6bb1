package tollgate.cloudformation.rds_enhanced_monitoring_test

import rego.v1

import data.tollgate.cloudformation.rds_enhanced_monitoring as policy

resource(id, type, props) := {"address": id, "type": type, "name": id, "attributes": props, "refs": []}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "resources": resources, "parameters": {}, "conditions": {}}

test_missing_interval_fails if {
	findings := policy.deny with input as doc([resource("Database", "AWS::RDS::DBInstance", {"Engine": "postgres"})])
	count(findings) == 1
	some f in findings
	f.path == ["MonitoringInterval"]
}

test_zero_interval_fails if {
	count(policy.deny) == 2 with input as doc([
		resource("A", "AWS::RDS::DBInstance", {"Engine": "mysql", "MonitoringInterval": 0}),
		resource("B", "AWS::RDS::DBInstance", {"Engine": "aurora-mysql", "MonitoringInterval": "0"}),
	])
}

test_interval_set_passes if {
	count(policy.deny) == 0 with input as doc([
		resource("A", "AWS::RDS::DBInstance", {"Engine": "postgres", "MonitoringInterval": 60}),
		resource("B", "AWS::RDS::DBInstance", {"Engine": "aurora-postgresql", "MonitoringInterval": "30"}),
	])
}

test_unknown_interval_not_reported if {
	count(policy.deny) == 0 with input as doc([resource("A", "AWS::RDS::DBInstance", {"MonitoringInterval": {"__unknown__": "Fn::If IsProd"}})])
}

test_cluster_not_checked if {
	count(policy.deny) == 0 with input as doc([resource("Cluster", "AWS::RDS::DBCluster", {"Engine": "aurora-postgresql"})])
}
