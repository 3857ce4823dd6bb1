package tollgate.aws.s3_encryption_test

import rego.v1

import data.tollgate.aws.s3_encryption

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

sse(algorithm) := {"ServerSideEncryptionConfiguration": {"rules": [{
	"applyServerSideEncryptionByDefault": {"sseAlgorithm": algorithm, "kmsMasterKeyID": null},
	"bucketKeyEnabled": false,
}]}}

test_bucket_without_encryption_fails if {
	findings := s3_encryption.deny with input as doc([bucket("legacy", {"BucketVersioningConfiguration": {"status": "Off"}})])
	count(findings) == 1
	some f in findings
	f.resource == "arn:aws:s3:::legacy"
	f.path == ["supplementary", "ServerSideEncryptionConfiguration"]
	contains(f.message, "legacy")
	contains(f.message, "eu-west-1")
}

test_sse_s3_and_kms_pass if {
	count(s3_encryption.deny) == 0 with input as doc([bucket("a", sse("AES256")), bucket("b", sse("aws:kms"))])
}

test_null_or_empty_configuration_fails if {
	count(s3_encryption.deny) == 3 with input as doc([
		bucket("a", {"ServerSideEncryptionConfiguration": null}),
		bucket("b", {"ServerSideEncryptionConfiguration": {"rules": []}}),
		bucket("c", {"ServerSideEncryptionConfiguration": "not parsed"}),
	])
}

test_missing_supplementary_and_other_types if {
	b := object.remove(bucket("a", {}), ["supplementary"])
	count(s3_encryption.deny) == 1 with input as doc([b, {"address": "arn:aws:sqs:eu-west-1:111111111111:q", "type": "AWS::SQS::Queue", "name": "q", "region": "eu-west-1", "configuration": {}, "supplementary": {}}])
}
