package tollgate.cloudformation.redshift_audit_logging_test

import rego.v1

import data.tollgate.cloudformation.redshift_audit_logging as policy

cluster(props) := {"address": "Warehouse", "type": "AWS::Redshift::Cluster", "name": "Warehouse", "attributes": props, "refs": []}

test_no_logging_fails if {
	findings := policy.deny with input as {"kind": "cloudformation", "resources": [cluster({"NodeType": "ra3.xlplus"})]}
	count(findings) == 1
	some f in findings
	f.path == ["LoggingProperties"]
}

test_logging_passes if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [cluster({"NodeType": "ra3.xlplus", "LoggingProperties": {"BucketName": "audit-logs", "S3KeyPrefix": "redshift/"}})]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [cluster({"NodeType": "ra3.xlplus", "LoggingProperties": {"__unknown__": "Fn::If HasAuditBucket"}})]}
}
