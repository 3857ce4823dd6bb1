package tollgate.cloudformation.s3_encryption_test

import rego.v1

import data.tollgate.cloudformation.s3_encryption

bucket(props) := {"address": "Bucket", "type": "AWS::S3::Bucket", "name": "Bucket", "attributes": props, "refs": []}

test_bucket_without_encryption_fails if {
	findings := s3_encryption.deny with input as {"kind": "cloudformation", "resources": [bucket({"BucketName": "data"})]}
	count(findings) == 1
	some f in findings
	f.resource == "Bucket"
	f.path == ["BucketEncryption"]
}

test_bucket_without_properties_fails if {
	count(s3_encryption.deny) == 1 with input as {"kind": "cloudformation", "resources": [{"address": "Bucket", "type": "AWS::S3::Bucket", "name": "Bucket"}]}
}

test_bucket_with_encryption_passes if {
	count(s3_encryption.deny) == 0 with input as {"kind": "cloudformation", "resources": [bucket({"BucketEncryption": {"ServerSideEncryptionConfiguration": [{"ServerSideEncryptionByDefault": {"SSEAlgorithm": "AES256"}}]}})]}
}

test_unknown_encryption_not_reported if {
	count(s3_encryption.deny) == 0 with input as {"kind": "cloudformation", "resources": [bucket({"BucketEncryption": {"__unknown__": "Fn::If UseKms"}})]}
}

test_unknown_properties_not_reported if {
	count(s3_encryption.deny) == 0 with input as {"kind": "cloudformation", "resources": [bucket({"__unknown__": "Fn::If Custom"})]}
}
