package tollgate.terraform.firehose_encryption_test

import rego.v1

import data.tollgate.terraform.firehose_encryption as policy

stream(attrs) := {"address": "aws_kinesis_firehose_delivery_stream.f", "type": "aws_kinesis_firehose_delivery_stream", "name": "f", "mode": "managed", "attributes": attrs, "refs": []}

test_no_encryption_fails if {
	findings := policy.deny with input as {"kind": "terraform", "resources": [stream({"name": "f", "destination": "extended_s3"})]}
	count(findings) == 1
	some f in findings
	f.path == ["server_side_encryption"]
}

test_disabled_fails if {
	findings := policy.deny with input as {"kind": "terraform", "resources": [stream({"name": "f", "destination": "extended_s3", "server_side_encryption": [{"key_type": "AWS_OWNED_CMK"}]})]}
	count(findings) == 1
	some f in findings
	f.path == ["server_side_encryption", 0, "enabled"]
}

test_enabled_passes if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [stream({"name": "f", "destination": "extended_s3", "server_side_encryption": [{"enabled": true, "key_type": "CUSTOMER_MANAGED_CMK", "key_arn": "arn:aws:kms:eu-west-1:111122223333:key/x"}]})]}
}

test_kinesis_source_passes if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [stream({
		"name": "f",
		"destination": "extended_s3",
		"kinesis_source_configuration": [{"kinesis_stream_arn": {"__unknown__": "aws_kinesis_stream.s.arn", "__ref__": "aws_kinesis_stream.s"}}],
	})]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [
		stream({"name": "f", "server_side_encryption": {"__unknown__": "var.sse"}}),
		stream({"name": "g", "server_side_encryption": [{"enabled": {"__unknown__": "var.sse_enabled"}}]}),
		stream({"name": "h", "kinesis_source_configuration": {"__unknown__": "var.source"}}),
	]}
}
