package tollgate.terraform.s3_public_access_block_test

import rego.v1

import data.tollgate.terraform.s3_public_access_block as pab

bucket := {
	"address": "aws_s3_bucket.b",
	"type": "aws_s3_bucket",
	"name": "b",
	"mode": "managed",
	"attributes": {"bucket": "data"},
	"refs": [],
}

block(attrs) := {
	"address": "aws_s3_bucket_public_access_block.b",
	"type": "aws_s3_bucket_public_access_block",
	"name": "b",
	"mode": "managed",
	"attributes": object.union({"bucket": {"__unknown__": "aws_s3_bucket.b.id", "__ref__": "aws_s3_bucket.b"}}, attrs),
	"refs": ["aws_s3_bucket.b"],
}

all_on := {
	"block_public_acls": true,
	"block_public_policy": true,
	"ignore_public_acls": true,
	"restrict_public_buckets": true,
}

test_bucket_without_block_fails if {
	findings := pab.deny with input as {"kind": "terraform", "resources": [bucket]}
	count(findings) == 1
	some f in findings
	f.resource == "aws_s3_bucket.b"
}

test_block_with_setting_false_fails if {
	findings := pab.deny with input as {"kind": "terraform", "resources": [bucket, block(object.union(all_on, {"block_public_policy": false}))]}
	count(findings) == 1
	some f in findings
	f.resource == "aws_s3_bucket_public_access_block.b"
	f.path == ["block_public_policy"]
}

test_block_with_setting_missing_fails if {
	count(pab.deny) == 1 with input as {"kind": "terraform", "resources": [bucket, block(object.remove(all_on, ["ignore_public_acls"]))]}
}

test_block_with_all_settings_passes if {
	count(pab.deny) == 0 with input as {"kind": "terraform", "resources": [bucket, block(all_on)]}
}

test_account_block_passes if {
	count(pab.deny) == 0 with input as {"kind": "terraform", "resources": [
		bucket,
		{
			"address": "aws_s3_account_public_access_block.this",
			"type": "aws_s3_account_public_access_block",
			"name": "this",
			"mode": "managed",
			"attributes": all_on,
			"refs": [],
		},
	]}
}

test_unknown_setting_not_reported if {
	count(pab.deny) == 0 with input as {"kind": "terraform", "resources": [bucket, block(object.union(all_on, {"block_public_acls": {"__unknown__": "var.block_acls"}}))]}
}
