package tollgate.cloudformation.rds_public_test

import rego.v1

import data.tollgate.cloudformation.rds_public as rds

instance(props) := {"address": "Database", "type": "AWS::RDS::DBInstance", "name": "Database", "attributes": props, "refs": []}

test_public_instance_fails if {
	findings := rds.deny with input as {"kind": "cloudformation", "resources": [instance({"Engine": "postgres", "PubliclyAccessible": true})]}
	count(findings) == 1
	some f in findings
	f.path == ["PubliclyAccessible"]
}

test_public_string_fails if {
	count(rds.deny) == 1 with input as {"kind": "cloudformation", "resources": [instance({"Engine": "postgres", "PubliclyAccessible": "true"})]}
}

test_private_instance_passes if {
	count(rds.deny) == 0 with input as {"kind": "cloudformation", "resources": [instance({"Engine": "postgres", "PubliclyAccessible": false}), instance({"Engine": "mysql"})]}
}

test_unknown_public_not_reported if {
	count(rds.deny) == 0 with input as {"kind": "cloudformation", "resources": [instance({"Engine": "postgres", "PubliclyAccessible": {"__unknown__": "Ref Public"}})]}
}
