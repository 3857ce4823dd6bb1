package tollgate.aws.s3_public_access_block_test

import rego.v1

import data.tollgate.aws.s3_public_access_block

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

all_on := {"blockPublicAcls": true, "ignorePublicAcls": true, "blockPublicPolicy": true, "restrictPublicBuckets": true}

account_block(config) := {
	"address": "AWS::S3::AccountPublicAccessBlock/111111111111", "type": "AWS::S3::AccountPublicAccessBlock",
	"id": "111111111111", "name": "111111111111", "arn": null, "account": "111111111111", "region": "eu-west-1",
	"tags": {}, "configuration": config, "supplementary": {}, "relationships": [],
}

test_bucket_without_block_fails if {
	findings := s3_public_access_block.deny with input as doc([bucket("data", {})])
	count(findings) == 1
	some f in findings
	f.resource == "arn:aws:s3:::data"
	f.path == ["supplementary", "PublicAccessBlockConfiguration"]
}

test_partial_block_reports_each_setting if {
	findings := s3_public_access_block.deny with input as doc([bucket("data", {"PublicAccessBlockConfiguration": object.union(all_on, {"blockPublicPolicy": false, "restrictPublicBuckets": "false"})})])
	{f.path | some f in findings} == {
		["supplementary", "PublicAccessBlockConfiguration", "blockPublicPolicy"],
		["supplementary", "PublicAccessBlockConfiguration", "restrictPublicBuckets"],
	}
}

test_full_bucket_block_passes if {
	count(s3_public_access_block.deny) == 0 with input as doc([bucket("data", {"PublicAccessBlockConfiguration": all_on})])
}

test_account_block_covers_buckets if {
	count(s3_public_access_block.deny) == 0 with input as doc([
		account_block(all_on),
		bucket("a", {}),
		bucket("b", {"PublicAccessBlockConfiguration": {"blockPublicAcls": false, "ignorePublicAcls": false, "blockPublicPolicy": false, "restrictPublicBuckets": false}}),
	])
}

test_partial_account_block_and_bucket_combine if {
	# The account blocks ACLs, the bucket blocks policies: every setting is on for the bucket;
	# the account-level block itself is reported for the two settings it leaves off.
	count(s3_public_access_block.deny) == 2 with input as doc([
		account_block({"blockPublicAcls": true, "ignorePublicAcls": true, "blockPublicPolicy": false, "restrictPublicBuckets": false}),
		bucket("a", {"PublicAccessBlockConfiguration": {"blockPublicAcls": false, "ignorePublicAcls": false, "blockPublicPolicy": true, "restrictPublicBuckets": true}}),
	])
}

test_partial_account_block_without_bucket_block if {
	findings := s3_public_access_block.deny with input as doc([
		account_block({"blockPublicAcls": true, "ignorePublicAcls": true, "blockPublicPolicy": true, "restrictPublicBuckets": null}),
		bucket("a", {}),
	])
	{f.resource | some f in findings} == {"arn:aws:s3:::a", "AWS::S3::AccountPublicAccessBlock/111111111111"}
}

test_odd_values_do_not_crash if {
	count(s3_public_access_block.deny) == 2 with input as doc([
		bucket("a", {"PublicAccessBlockConfiguration": "x"}),
		object.remove(bucket("b", {}), ["supplementary"]),
		account_block(null),
	])
}
