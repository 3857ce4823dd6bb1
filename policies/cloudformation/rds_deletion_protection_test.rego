package tollgate.cloudformation.rds_deletion_protection_test

import rego.v1

import data.tollgate.cloudformation.rds_deletion_protection as rds

resource(type, props) := {"address": "Database", "type": type, "name": "Database", "attributes": props, "refs": []}

test_protection_off_fails if {
	findings := rds.deny with input as {"kind": "cloudformation", "resources": [resource("AWS::RDS::DBInstance", {"Engine": "postgres", "DeletionProtection": "false"})]}
	count(findings) == 1
	some f in findings
	f.path == ["DeletionProtection"]
}

test_cluster_protection_missing_fails if {
	count(rds.deny) == 1 with input as {"kind": "cloudformation", "resources": [resource("AWS::RDS::DBCluster", {"Engine": "aurora-postgresql"})]}
}

test_protected_passes if {
	count(rds.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		resource("AWS::RDS::DBInstance", {"Engine": "postgres", "DeletionProtection": true}),
		resource("AWS::RDS::DBCluster", {"Engine": "aurora-postgresql", "DeletionProtection": true}),
		resource("AWS::RDS::DBInstance", {"Engine": "aurora-postgresql", "DBClusterIdentifier": {"__unknown__": "Ref Cluster", "__ref__": "Cluster"}}),
	]}
}

test_unknown_protection_not_reported if {
	count(rds.deny) == 0 with input as {"kind": "cloudformation", "resources": [resource("AWS::RDS::DBInstance", {"Engine": "postgres", "DeletionProtection": {"__unknown__": "Fn::If IsProd"}})]}
}
