package tollgate.cloudformation.guardduty_s3_test

import rego.v1

import data.tollgate.cloudformation.guardduty_s3 as rule

detector(props) := {"kind": "cloudformation", "resources": [{"address": "Detector", "type": "AWS::GuardDuty::Detector", "name": "Detector", "attributes": props, "refs": []}]}

test_datasource_disabled_fails if {
	findings := rule.deny with input as detector({"Enable": true, "DataSources": {"S3Logs": {"Enable": "false"}}})
	count(findings) == 1
	some f in findings
	f.path == ["DataSources", "S3Logs", "Enable"]
}

test_feature_disabled_fails if {
	findings := rule.deny with input as detector({"Enable": true, "Features": [{"Name": "EKS_AUDIT_LOGS", "Status": "ENABLED"}, {"Name": "S3_DATA_EVENTS", "Status": "DISABLED"}]})
	count(findings) == 1
	some f in findings
	f.path == ["Features", 1, "Status"]
}

test_other_feature_disabled_passes if {
	count(rule.deny) == 0 with input as detector({"Enable": true, "Features": [{"Name": "S3_DATA_EVENTS", "Status": "ENABLED"}, {"Name": "EKS_AUDIT_LOGS", "Status": "DISABLED"}]})
}

test_unknown_not_reported if {
	count(rule.deny) == 0 with input as detector({"Enable": true, "DataSources": {"S3Logs": {"Enable": {"__unknown__": "Ref ProtectS3"}}}, "Features": [{"Name": "S3_DATA_EVENTS", "Status": {"__unknown__": "Ref S3Status"}}]})
}
