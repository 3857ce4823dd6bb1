package tollgate.terraform.s3_versioning_test

import rego.v1

import data.tollgate.terraform.s3_versioning

bucket(attrs) := {
	"address": "aws_s3_bucket.b",
	"type": "aws_s3_bucket",
	"name": "b",
	"mode": "managed",
	"attributes": object.union({"bucket": "data"}, attrs),
	"refs": [],
}

versioning(status) := {
	"address": "aws_s3_bucket_versioning.b",
	"type": "aws_s3_bucket_versioning",
	"name": "b",
	"mode": "managed",
	"attributes": {
		"bucket": {"__unknown__": "aws_s3_bucket.b.id", "__ref__": "aws_s3_bucket.b"},
		"versioning_configuration": [{"status": status}],
	},
	"refs": ["aws_s3_bucket.b"],
}

test_bucket_without_versioning_fails if {
	findings := s3_versioning.deny with input as {"kind": "terraform", "resources": [bucket({})]}
	count(findings) == 1
	some f in findings
	f.path == ["versioning"]
}

test_inline_versioning_disabled_fails if {
	findings := s3_versioning.deny with input as {"kind": "terraform", "resources": [bucket({"versioning": [{"enabled": false}]})]}
	count(findings) == 1
	some f in findings
	f.path == ["versioning", 0, "enabled"]
}

test_versioning_suspended_fails if {
	findings := s3_versioning.deny with input as {"kind": "terraform", "resources": [bucket({}), versioning("Suspended")]}
	count(findings) == 1
	some f in findings
	f.resource == "aws_s3_bucket_versioning.b"
	f.path == ["versioning_configuration", 0, "status"]
}

test_inline_versioning_enabled_passes if {
	count(s3_versioning.deny) == 0 with input as {"kind": "terraform", "resources": [bucket({"versioning": [{"enabled": true}]})]}
}

test_versioning_resource_enabled_passes if {
	count(s3_versioning.deny) == 0 with input as {"kind": "terraform", "resources": [bucket({}), versioning("Enabled")]}
}

test_unknown_status_not_reported if {
	count(s3_versioning.deny) == 0 with input as {"kind": "terraform", "resources": [bucket({}), versioning({"__unknown__": "local.versioning_status"})]}
}

test_unknown_inline_enabled_not_reported if {
	count(s3_versioning.deny) == 0 with input as {"kind": "terraform", "resources": [bucket({"versioning": [{"enabled": {"__unknown__": "var.versioned"}}]})]}
}
