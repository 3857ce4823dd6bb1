package tollgate.cloudformation.kinesis_encryption_test

import rego.v1

import data.tollgate.cloudformation.kinesis_encryption as policy

stream(props) := {"address": "Clicks", "type": "AWS::Kinesis::Stream", "name": "Clicks", "attributes": props, "refs": []}

test_missing_fails if {
	findings := policy.deny with input as {"kind": "cloudformation", "resources": [stream({"ShardCount": 1})]}
	count(findings) == 1
	some f in findings
	f.path == ["StreamEncryption"]
}

test_none_fails if {
	count(policy.deny) == 1 with input as {"kind": "cloudformation", "resources": [stream({"StreamEncryption": {"EncryptionType": "NONE"}})]}
}

test_kms_passes if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [stream({"StreamEncryption": {"EncryptionType": "KMS", "KeyId": "alias/aws/kinesis"}})]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		stream({"StreamEncryption": {"__unknown__": "Fn::If AwsCdkKinesisEncryptedStreamsUnsupportedRegions"}}),
		stream({"StreamEncryption": {"EncryptionType": {"__unknown__": "Ref Encryption"}, "KeyId": "alias/aws/kinesis"}}),
	]}
}
