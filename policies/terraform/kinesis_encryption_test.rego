package tollgate.terraform.kinesis_encryption_test

import rego.v1

import data.tollgate.terraform.kinesis_encryption as policy

stream(attrs) := {"address": "aws_kinesis_stream.s", "type": "aws_kinesis_stream", "name": "s", "mode": "managed", "attributes": attrs, "refs": []}

test_none_fails if {
	findings := policy.deny with input as {"kind": "terraform", "resources": [stream({"name": "s", "encryption_type": "NONE"})]}
	count(findings) == 1
	some f in findings
	f.path == ["encryption_type"]
}

test_missing_fails if {
	count(policy.deny) == 1 with input as {"kind": "terraform", "resources": [stream({"name": "s", "shard_count": 1})]}
}

test_kms_passes if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [stream({"name": "s", "encryption_type": "KMS", "kms_key_id": "alias/aws/kinesis"})]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [stream({"name": "s", "encryption_type": {"__unknown__": "var.encryption_type"}})]}
}
