package tollgate.cloudformation.firehose_encryption_test

import rego.v1

import data.tollgate.cloudformation.firehose_encryption as policy

stream(props) := {"address": "Events", "type": "AWS::KinesisFirehose::DeliveryStream", "name": "Events", "attributes": props, "refs": []}

test_no_encryption_fails if {
	findings := policy.deny with input as {"kind": "cloudformation", "resources": [stream({"DeliveryStreamType": "DirectPut", "ExtendedS3DestinationConfiguration": {}})]}
	count(findings) == 1
	some f in findings
	f.path == ["DeliveryStreamEncryptionConfigurationInput"]
}

test_default_type_fails if {
	count(policy.deny) == 1 with input as {"kind": "cloudformation", "resources": [stream({"ExtendedS3DestinationConfiguration": {}})]}
}

test_encrypted_passes if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [stream({"DeliveryStreamEncryptionConfigurationInput": {"KeyType": "AWS_OWNED_CMK"}})]}
}

test_kinesis_source_passes if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		stream({"DeliveryStreamType": "KinesisStreamAsSource", "KinesisStreamSourceConfiguration": {"KinesisStreamARN": {"__unknown__": "Fn::GetAtt Clicks.Arn", "__ref__": "Clicks"}}}),
		stream({"DeliveryStreamType": "MSKAsSource"}),
	]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		stream({"DeliveryStreamEncryptionConfigurationInput": {"__unknown__": "Fn::If Encrypt"}}),
		stream({"DeliveryStreamType": {"__unknown__": "Ref SourceType"}}),
	]}
}
