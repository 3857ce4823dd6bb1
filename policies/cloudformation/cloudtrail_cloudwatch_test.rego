package tollgate.cloudformation.cloudtrail_cloudwatch_test

import rego.v1

import data.tollgate.cloudformation.cloudtrail_cloudwatch as rule

trail(props) := {"kind": "cloudformation", "resources": [{"address": "Trail", "type": "AWS::CloudTrail::Trail", "name": "Trail", "attributes": props, "refs": []}]}

test_no_log_group_fails if {
	findings := rule.deny with input as trail({"IsLogging": true, "S3BucketName": "trail"})
	count(findings) == 1
	some f in findings
	f.path == ["CloudWatchLogsLogGroupArn"]
}

test_log_group_passes if {
	count(rule.deny) == 0 with input as trail({"IsLogging": true, "S3BucketName": "trail", "CloudWatchLogsLogGroupArn": {"__unknown__": "Fn::GetAtt [\"TrailLogs\",\"Arn\"]", "__ref__": "TrailLogs"}})
}

test_conditional_log_group_not_reported if {
	count(rule.deny) == 0 with input as trail({"IsLogging": true, "S3BucketName": "trail", "CloudWatchLogsLogGroupArn": {"__unknown__": "Fn::If [\"Monitor\",\"arn\",{\"Ref\":\"AWS::NoValue\"}]"}})
}
