package tollgate.cloudformation.docdb_deletion_protection_test

import rego.v1

import data.tollgate.cloudformation.docdb_deletion_protection as policy

cluster(props) := {"address": "Catalog", "type": "AWS::DocDB::DBCluster", "name": "Catalog", "attributes": props, "refs": []}

test_disabled_fails if {
	findings := policy.deny with input as {"kind": "cloudformation", "resources": [cluster({"MasterUsername": "a", "DeletionProtection": "false"})]}
	count(findings) == 1
	some f in findings
	f.path == ["DeletionProtection"]
}

test_missing_fails if {
	count(policy.deny) == 1 with input as {"kind": "cloudformation", "resources": [cluster({"MasterUsername": "a"})]}
}

test_enabled_passes if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [cluster({"MasterUsername": "a", "DeletionProtection": "true"})]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [cluster({"MasterUsername": "a", "DeletionProtection": {"__unknown__": "Fn::If IsProd"}})]}
}
