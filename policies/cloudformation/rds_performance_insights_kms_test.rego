package tollgate.cloudformation.rds_performance_insights_kms_test

import rego.v1

import data.tollgate.cloudformation.rds_performance_insights_kms as policy

resource(id, type, props) := {"address": id, "type": type, "name": id, "attributes": props, "refs": []}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "resources": resources, "parameters": {}, "conditions": {}}

key_ref := {"__unknown__": "Fn::GetAtt [\"RdsKey\",\"Arn\"]", "__ref__": "RdsKey"}

test_insights_without_key_fails if {
	findings := policy.deny with input as doc([resource("Database", "AWS::RDS::DBInstance", {"Engine": "postgres", "EnablePerformanceInsights": true})])
	count(findings) == 1
	some f in findings
	f.path == ["PerformanceInsightsKMSKeyId"]
}

test_cluster_and_aws_managed_alias_fail if {
	findings := policy.deny with input as doc([
		resource("Cluster", "AWS::RDS::DBCluster", {"Engine": "postgres", "PerformanceInsightsEnabled": "true"}),
		resource("Database", "AWS::RDS::DBInstance", {"EnablePerformanceInsights": true, "PerformanceInsightsKMSKeyId": "alias/aws/rds"}),
	])
	count(findings) == 2
	some f in findings
	f.resource == "Cluster"
	f.path == ["PerformanceInsightsKmsKeyId"]
}

test_customer_key_passes if {
	count(policy.deny) == 0 with input as doc([
		resource("Database", "AWS::RDS::DBInstance", {"EnablePerformanceInsights": true, "PerformanceInsightsKMSKeyId": key_ref}),
		resource("Cluster", "AWS::RDS::DBCluster", {"PerformanceInsightsEnabled": true, "PerformanceInsightsKmsKeyId": "alias/rds-insights"}),
	])
}

test_insights_off_passes if {
	count(policy.deny) == 0 with input as doc([
		resource("Database", "AWS::RDS::DBInstance", {"Engine": "postgres"}),
		resource("Other", "AWS::RDS::DBInstance", {"EnablePerformanceInsights": false}),
	])
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as doc([
		resource("Database", "AWS::RDS::DBInstance", {"EnablePerformanceInsights": {"__unknown__": "Fn::If IsProd"}}),
		resource("Other", "AWS::RDS::DBInstance", {"EnablePerformanceInsights": true, "PerformanceInsightsKMSKeyId": {"__unknown__": "Ref KeyArn"}}),
	])
}
