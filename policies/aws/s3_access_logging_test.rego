package tollgate.aws.s3_access_logging_test

import rego.v1

import data.tollgate.aws.s3_access_logging

doc(resources) := {
	"kind": "aws", "path": "aws/111111111111/eu-west-1", "account": "111111111111",
	"region": "eu-west-1", "partition": "aws", "collected_at": "2026-11-25T02:00:00Z",
	"resources": resources,
}

bucket(name, supplementary) := {
	"address": sprintf("arn:aws:s3:::%s", [name]), "type": "AWS::S3::Bucket", "id": name, "name": name,
	"arn": sprintf("arn:aws:s3:::%s", [name]), "account": "111111111111", "region": "eu-west-1", "tags": {},
	"configuration": {"name": name, "owner": {"id": "abc"}, "creationDate": "2019-03-01T10:00:00.000Z"},
	"supplementary": supplementary, "relationships": [],
}

logging(target) := {"BucketLoggingConfiguration": {"destinationBucketName": target, "logFilePrefix": "x/"}}

test_bucket_without_logging_fails if {
	findings := s3_access_logging.deny with input as doc([bucket("data", {"BucketLoggingConfiguration": {"destinationBucketName": null, "logFilePrefix": null}})])
	count(findings) == 1
	some f in findings
	f.resource == "arn:aws:s3:::data"
	f.path == ["supplementary", "BucketLoggingConfiguration"]
}

test_logging_bucket_passes if {
	count(s3_access_logging.deny) == 0 with input as doc([bucket("data", logging("acme-access-logs"))])
}

test_log_target_is_exempt if {
	# acme-access-logs receives the logs of data; other only logs to a bucket of another region.
	findings := s3_access_logging.deny with input as doc([
		bucket("data", logging("acme-access-logs")),
		bucket("acme-access-logs", {}),
		bucket("other", {}),
	])
	{f.resource | some f in findings} == {"arn:aws:s3:::other"}
}

test_log_delivery_acl_and_policy_are_exempt if {
	count(s3_access_logging.deny) == 0 with input as doc([
		bucket("acl-target", {"AccessControlList": {"grantList": [{"grantee": "LogDelivery", "permission": "Write"}]}}),
		bucket("policy-target", {"BucketPolicy": {"policyText": {"Version": "2012-10-17", "Statement": [{
			"Effect": "Allow", "Principal": {"Service": "logging.s3.amazonaws.com"},
			"Action": "s3:PutObject", "Resource": "arn:aws:s3:::policy-target/*",
		}]}}}),
	])
}

test_empty_or_missing_configuration_fails if {
	count(s3_access_logging.deny) == 4 with input as doc([
		bucket("a", {}),
		bucket("b", logging("")),
		bucket("c", {"BucketLoggingConfiguration": null, "BucketPolicy": {"policyText": null}, "AccessControlList": "x"}),
		object.remove(bucket("d", {}), ["supplementary", "configuration"]),
	])
}
