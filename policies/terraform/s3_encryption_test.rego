package tollgate.terraform.s3_encryption_test

import rego.v1

import data.tollgate.terraform.s3_encryption

bucket(address, attrs) := {
	"address": address,
	"type": "aws_s3_bucket",
	"name": "b",
	"mode": "managed",
	"attributes": attrs,
	"refs": [],
}

test_bucket_without_encryption_fails if {
	findings := s3_encryption.deny with input as {"kind": "terraform", "resources": [bucket("aws_s3_bucket.b", {"bucket": "data"})]}
	count(findings) == 1
	some f in findings
	f.resource == "aws_s3_bucket.b"
	f.path == ["server_side_encryption_configuration"]
}

test_each_counted_bucket_fails if {
	count(s3_encryption.deny) == 2 with input as {"kind": "terraform", "resources": [
		bucket("aws_s3_bucket.b[0]", {"bucket": "data-0"}),
		bucket("aws_s3_bucket.b[1]", {"bucket": "data-1"}),
	]}
}

test_sse_resource_for_another_bucket_fails if {
	count(s3_encryption.deny) == 1 with input as {"kind": "terraform", "resources": [
		bucket("aws_s3_bucket.a", {"bucket": "a"}),
		bucket("aws_s3_bucket.b", {"bucket": "b"}),
		{
			"address": "aws_s3_bucket_server_side_encryption_configuration.a",
			"type": "aws_s3_bucket_server_side_encryption_configuration",
			"name": "a",
			"mode": "managed",
			"attributes": {"bucket": {"__unknown__": "aws_s3_bucket.a.id", "__ref__": "aws_s3_bucket.a"}},
			"refs": ["aws_s3_bucket.a"],
		},
	]}
}

test_inline_encryption_passes if {
	count(s3_encryption.deny) == 0 with input as {"kind": "terraform", "resources": [bucket("aws_s3_bucket.b", {
		"bucket": "data",
		"server_side_encryption_configuration": [{"rule": [{"apply_server_side_encryption_by_default": [{"sse_algorithm": "AES256"}]}]}],
	})]}
}

test_sse_resource_by_ref_passes if {
	count(s3_encryption.deny) == 0 with input as {"kind": "terraform", "resources": [
		bucket("aws_s3_bucket.b[\"logs\"]", {"bucket": "logs"}),
		{
			"address": "aws_s3_bucket_server_side_encryption_configuration.b[\"logs\"]",
			"type": "aws_s3_bucket_server_side_encryption_configuration",
			"name": "b",
			"mode": "managed",
			"attributes": {"bucket": {"__unknown__": "aws_s3_bucket.b[each.key].id", "__ref__": "aws_s3_bucket.b"}},
			"refs": ["aws_s3_bucket.b"],
		},
	]}
}

test_sse_resource_by_name_passes if {
	count(s3_encryption.deny) == 0 with input as {"kind": "terraform", "resources": [
		bucket("aws_s3_bucket.b", {"bucket": "data"}),
		{
			"address": "aws_s3_bucket_server_side_encryption_configuration.b",
			"type": "aws_s3_bucket_server_side_encryption_configuration",
			"name": "b",
			"mode": "managed",
			"attributes": {"bucket": "data"},
			"refs": [],
		},
	]}
}

test_unknown_inline_block_not_reported if {
	count(s3_encryption.deny) == 0 with input as {"kind": "terraform", "resources": [bucket("aws_s3_bucket.b", {
		"bucket": "data",
		"server_side_encryption_configuration": {"__unknown__": "var.sse"},
	})]}
}

test_unknown_sse_bucket_not_reported if {
	count(s3_encryption.deny) == 0 with input as {"kind": "terraform", "resources": [
		bucket("aws_s3_bucket.b", {"bucket": "data"}),
		{
			"address": "aws_s3_bucket_server_side_encryption_configuration.b",
			"type": "aws_s3_bucket_server_side_encryption_configuration",
			"name": "b",
			"mode": "managed",
			"attributes": {"bucket": {"__unknown__": "var.x"}},
			"refs": [],
		},
	]}
}

test_data_source_bucket_ignored if {
	count(s3_encryption.deny) == 0 with input as {"kind": "terraform", "resources": [{
		"address": "data.aws_s3_bucket.b",
		"type": "aws_s3_bucket",
		"name": "b",
		"mode": "data",
		"attributes": {"bucket": "data"},
		"refs": [],
	}]}
}
