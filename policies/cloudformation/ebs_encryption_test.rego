package tollgate.cloudformation.ebs_encryption_test

import rego.v1

import data.tollgate.cloudformation.ebs_encryption as ebs

resource(type, props) := {"address": "Res", "type": type, "name": "Res", "attributes": props, "refs": []}

test_volume_not_encrypted_fails if {
	findings := ebs.deny with input as {"kind": "cloudformation", "resources": [resource("AWS::EC2::Volume", {"AvailabilityZone": "eu-west-1a", "Size": 10, "Encrypted": "false"})]}
	count(findings) == 1
	some f in findings
	f.path == ["Encrypted"]
}

test_volume_encrypted_missing_fails if {
	count(ebs.deny) == 1 with input as {"kind": "cloudformation", "resources": [resource("AWS::EC2::Volume", {"AvailabilityZone": "eu-west-1a", "Size": 10})]}
}

test_instance_mapping_unencrypted_fails if {
	findings := ebs.deny with input as {"kind": "cloudformation", "resources": [resource("AWS::EC2::Instance", {"ImageId": "ami-123", "BlockDeviceMappings": [{"DeviceName": "/dev/xvda", "Ebs": {"VolumeSize": 20, "Encrypted": false}}]})]}
	count(findings) == 1
	some f in findings
	f.path == ["BlockDeviceMappings", 0, "Ebs", "Encrypted"]
}

test_encrypted_passes if {
	count(ebs.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		resource("AWS::EC2::Volume", {"AvailabilityZone": "eu-west-1a", "Size": 10, "Encrypted": true}),
		resource("AWS::EC2::Instance", {"ImageId": "ami-123", "BlockDeviceMappings": [{"DeviceName": "/dev/xvda", "Ebs": {"Encrypted": "true"}}]}),
	]}
}

test_unknown_encrypted_not_reported if {
	count(ebs.deny) == 0 with input as {"kind": "cloudformation", "resources": [resource("AWS::EC2::Volume", {"AvailabilityZone": "eu-west-1a", "Size": 10, "Encrypted": {"__unknown__": "Ref Encrypt"}})]}
}
