package tollgate.cloudformation.docdb_log_exports_test

import rego.v1

import data.tollgate.cloudformation.docdb_log_exports as policy

cluster(props) := {"address": "Catalog", "type": "AWS::DocDB::DBCluster", "name": "Catalog", "attributes": props, "refs": []}

test_no_exports_fails if {
	findings := policy.deny with input as {"kind": "cloudformation", "resources": [cluster({"MasterUsername": "a"})]}
	count(findings) == 1
	some f in findings
	f.path == ["EnableCloudwatchLogsExports"]
}

test_profiler_only_fails if {
	count(policy.deny) == 1 with input as {"kind": "cloudformation", "resources": [cluster({"MasterUsername": "a", "EnableCloudwatchLogsExports": ["profiler"]})]}
}

test_audit_passes if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [cluster({"MasterUsername": "a", "EnableCloudwatchLogsExports": ["audit"]})]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		cluster({"MasterUsername": "a", "EnableCloudwatchLogsExports": {"__unknown__": "Fn::If IsProd"}}),
		cluster({"MasterUsername": "b", "EnableCloudwatchLogsExports": [{"__unknown__": "Ref LogType"}]}),
	]}
}

test_comma_delimited_parameter_passes if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [cluster({"MasterUsername": "a", "EnableCloudwatchLogsExports": "profiler, audit"})]}
}
