package tollgate.cloudformation.codebuild_logs_test

import rego.v1

import data.tollgate.cloudformation.codebuild_logs as policy

project(logs_config) := {"address": "Build", "type": "AWS::CodeBuild::Project", "name": "Build", "attributes": {"LogsConfig": logs_config}, "refs": []}

test_all_logs_disabled_fails if {
	findings := policy.deny with input as {"kind": "cloudformation", "resources": [project({"CloudWatchLogs": {"Status": "DISABLED"}})]}
	count(findings) == 1
	some f in findings
	f.path == ["LogsConfig", "CloudWatchLogs", "Status"]
}

test_s3_disabled_too_fails if {
	count(policy.deny) == 1 with input as {"kind": "cloudformation", "resources": [project({"CloudWatchLogs": {"Status": "DISABLED"}, "S3Logs": {"Status": "DISABLED"}})]}
}

test_default_or_s3_passes if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		{"address": "Other", "type": "AWS::CodeBuild::Project", "name": "Other", "attributes": {"Name": "other"}, "refs": []},
		project({"CloudWatchLogs": {"Status": "ENABLED"}}),
		project({"CloudWatchLogs": {"Status": "DISABLED"}, "S3Logs": {"Status": "ENABLED", "Location": "acme-build-logs/build"}}),
	]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		project({"__unknown__": "Fn::If Quiet"}),
		project({"CloudWatchLogs": {"Status": {"__unknown__": "Ref CwStatus"}}}),
		project({"CloudWatchLogs": {"Status": "DISABLED"}, "S3Logs": {"__unknown__": "Fn::If Archive"}}),
	]}
}
