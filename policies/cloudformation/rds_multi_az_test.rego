package tollgate.cloudformation.rds_multi_az_test

import rego.v1

import data.tollgate.cloudformation.rds_multi_az as rds

instance(props) := {"address": "Database", "type": "AWS::RDS::DBInstance", "name": "Database", "attributes": props, "refs": []}

test_single_az_fails if {
	findings := rds.deny with input as {"kind": "cloudformation", "resources": [instance({"Engine": "postgres", "MultiAZ": false})]}
	count(findings) == 1
	some f in findings
	f.path == ["MultiAZ"]
}

test_multi_az_missing_fails if {
	count(rds.deny) == 1 with input as {"kind": "cloudformation", "resources": [instance({"Engine": "mysql"})]}
}

test_multi_az_passes if {
	count(rds.deny) == 0 with input as {"kind": "cloudformation", "resources": [instance({"Engine": "postgres", "MultiAZ": "true"})]}
}

test_aurora_member_passes if {
	count(rds.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		instance({"Engine": "aurora-mysql"}),
		instance({"Engine": {"__unknown__": "Ref Engine"}, "DBClusterIdentifier": {"__unknown__": "Ref Cluster", "__ref__": "Cluster"}}),
	]}
}

test_unknown_multi_az_not_reported if {
	count(rds.deny) == 0 with input as {"kind": "cloudformation", "resources": [instance({"Engine": "postgres", "MultiAZ": {"__unknown__": "Fn::If IsProd"}})]}
}
