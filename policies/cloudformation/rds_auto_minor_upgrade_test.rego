package tollgate.cloudformation.rds_auto_minor_upgrade_test

import rego.v1

import data.tollgate.cloudformation.rds_auto_minor_upgrade as policy

resource(id, type, props) := {"address": id, "type": type, "name": id, "attributes": props, "refs": []}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "resources": resources, "parameters": {}, "conditions": {}}

test_disabled_fails if {
	findings := policy.deny with input as doc([resource("Database", "AWS::RDS::DBInstance", {"Engine": "postgres", "AutoMinorVersionUpgrade": false})])
	count(findings) == 1
	some f in findings
	f.resource == "Database"
	f.path == ["AutoMinorVersionUpgrade"]
}

test_disabled_as_string_and_cluster_fail if {
	count(policy.deny) == 2 with input as doc([
		resource("Database", "AWS::RDS::DBInstance", {"AutoMinorVersionUpgrade": "false"}),
		resource("Cluster", "AWS::RDS::DBCluster", {"Engine": "postgres", "AutoMinorVersionUpgrade": false}),
	])
}

test_default_passes if {
	count(policy.deny) == 0 with input as doc([
		resource("Database", "AWS::RDS::DBInstance", {"Engine": "postgres"}),
		resource("Other", "AWS::RDS::DBInstance", {"Engine": "postgres", "AutoMinorVersionUpgrade": "true"}),
	])
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as doc([resource("Database", "AWS::RDS::DBInstance", {"AutoMinorVersionUpgrade": {"__unknown__": "Fn::If IsProd"}})])
}
