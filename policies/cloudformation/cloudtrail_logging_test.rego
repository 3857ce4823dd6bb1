package tollgate.cloudformation.cloudtrail_logging_test

import rego.v1

import data.tollgate.cloudformation.cloudtrail_logging as rule

trail(props) := {"kind": "cloudformation", "resources": [{"address": "Trail", "type": "AWS::CloudTrail::Trail", "name": "Trail", "attributes": props, "refs": []}]}

test_logging_off_fails if {
	findings := rule.deny with input as trail({"IsLogging": "false", "S3BucketName": "trail"})
	count(findings) == 1
	some f in findings
	f.path == ["IsLogging"]
}

test_logging_on_passes if {
	count(rule.deny) == 0 with input as trail({"IsLogging": true, "S3BucketName": "trail"})
}

test_unknown_logging_not_reported if {
	count(rule.deny) == 0 with input as trail({"IsLogging": {"__unknown__": "Fn::If [\"IsProd\",true,false]"}, "S3BucketName": "trail"})
}
