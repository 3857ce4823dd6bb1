package tollgate.cloudformation.s3_access_logging_test

import rego.v1

import data.tollgate.cloudformation.s3_access_logging

bucket(id, props) := {"address": id, "type": "AWS::S3::Bucket", "name": id, "attributes": props, "refs": []}

test_bucket_without_logging_fails if {
	findings := s3_access_logging.deny with input as {"kind": "cloudformation", "resources": [bucket("DataBucket", {})]}
	count(findings) == 1
	some f in findings
	f.path == ["LoggingConfiguration"]
}

test_logged_bucket_and_its_target_pass if {
	count(s3_access_logging.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		bucket("DataBucket", {"LoggingConfiguration": {"DestinationBucketName": {"__unknown__": "Ref LogBucket", "__ref__": "LogBucket"}, "LogFilePrefix": "data/"}}),
		bucket("LogBucket", {}),
	]}
}

test_unknown_logging_not_reported if {
	count(s3_access_logging.deny) == 0 with input as {"kind": "cloudformation", "resources": [bucket("DataBucket", {"LoggingConfiguration": {"__unknown__": "Fn::If HasLogs"}})]}
}
