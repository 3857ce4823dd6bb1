package tollgate.terraform.ebs_encryption_test

import rego.v1

import data.tollgate.terraform.ebs_encryption as ebs

resource(type, attrs) := {
	"address": sprintf("%s.this", [type]),
	"type": type,
	"name": "this",
	"mode": "managed",
	"attributes": attrs,
	"refs": [],
}

test_volume_encrypted_false_fails if {
	findings := ebs.deny with input as {"kind": "terraform", "resources": [resource("aws_ebs_volume", {"availability_zone": "eu-west-1a", "size": 10, "encrypted": false})]}
	count(findings) == 1
	some f in findings
	f.path == ["encrypted"]
}

test_volume_encrypted_missing_fails if {
	count(ebs.deny) == 1 with input as {"kind": "terraform", "resources": [resource("aws_ebs_volume", {"availability_zone": "eu-west-1a", "size": 10})]}
}

test_instance_root_device_unencrypted_fails if {
	findings := ebs.deny with input as {"kind": "terraform", "resources": [resource("aws_instance", {"ami": "ami-123", "root_block_device": [{"encrypted": false}]})]}
	count(findings) == 1
	some f in findings
	f.path == ["root_block_device", 0, "encrypted"]
}

test_launch_template_string_false_fails if {
	count(ebs.deny) == 1 with input as {"kind": "terraform", "resources": [resource("aws_launch_template", {"block_device_mappings": [{"device_name": "/dev/xvda", "ebs": [{"encrypted": "false"}]}]})]}
}

test_encrypted_volume_passes if {
	count(ebs.deny) == 0 with input as {"kind": "terraform", "resources": [
		resource("aws_ebs_volume", {"availability_zone": "eu-west-1a", "size": 10, "encrypted": true}),
		resource("aws_instance", {"ami": "ami-123", "root_block_device": [{"encrypted": true}]}),
	]}
}

test_volume_from_snapshot_passes if {
	count(ebs.deny) == 0 with input as {"kind": "terraform", "resources": [resource("aws_ebs_volume", {"availability_zone": "eu-west-1a", "snapshot_id": "snap-123"})]}
}

test_encryption_by_default_passes if {
	count(ebs.deny) == 0 with input as {"kind": "terraform", "resources": [
		resource("aws_ebs_encryption_by_default", {"enabled": true}),
		resource("aws_ebs_volume", {"availability_zone": "eu-west-1a", "size": 10}),
	]}
}

test_unknown_encrypted_not_reported if {
	count(ebs.deny) == 0 with input as {"kind": "terraform", "resources": [
		resource("aws_ebs_volume", {"availability_zone": "eu-west-1a", "size": 10, "encrypted": {"__unknown__": "var.encrypt"}}),
		resource("aws_instance", {"ami": "ami-123", "root_block_device": [{"encrypted": {"__unknown__": "var.encrypt"}}]}),
	]}
}
