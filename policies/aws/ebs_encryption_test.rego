package tollgate.aws.ebs_encryption_test

import rego.v1

import data.tollgate.aws.ebs_encryption as ebs

doc(resources) := {
	"kind": "aws", "path": "aws/111111111111/eu-west-1",
	"account": "111111111111", "region": "eu-west-1", "partition": "aws",
	"collected_at": "2026-11-25T02:00:00Z",
	"resources": resources,
}

volume(id, encrypted) := {
	"address": sprintf("arn:aws:ec2:eu-west-1:111111111111:volume/%s", [id]),
	"type": "AWS::EC2::Volume",
	"id": id, "name": null,
	"arn": sprintf("arn:aws:ec2:eu-west-1:111111111111:volume/%s", [id]),
	"account": "111111111111", "region": "eu-west-1", "tags": {},
	"configuration": {
		"attachments": [{"attachTime": "2024-03-01T10:00:00.000Z", "device": "/dev/xvda", "instanceId": "i-0123456789abcdef0", "state": "attached", "volumeId": id, "deleteOnTermination": true}],
		"availabilityZone": "eu-west-1a", "createTime": "2024-03-01T10:00:00.000Z",
		"encrypted": encrypted, "size": 20, "snapshotId": "", "state": "in-use",
		"volumeId": id, "iops": 3000, "volumeType": "gp3", "multiAttachEnabled": false,
	},
	"supplementary": {}, "relationships": [],
}

test_unencrypted_volume_fails if {
	findings := ebs.deny with input as doc([volume("vol-0123456789abcdef0", false)])
	count(findings) == 1
	some f in findings
	f.path == ["configuration", "encrypted"]
	f.message == "EBS volume vol-0123456789abcdef0 (attached to i-0123456789abcdef0) in eu-west-1 is not encrypted."
}

test_string_false_fails if {
	count(ebs.deny) == 1 with input as doc([volume("vol-0123456789abcdef1", "false")])
}

test_encrypted_volume_passes if {
	count(ebs.deny) == 0 with input as doc([volume("vol-0123456789abcdef2", true), volume("vol-0123456789abcdef3", "true")])
}

test_missing_value_is_not_reported if {
	count(ebs.deny) == 0 with input as doc([
		volume("vol-0123456789abcdef4", null),
		object.union(volume("vol-0123456789abcdef5", false), {"type": "AWS::EC2::Snapshot"}),
		object.union(volume("vol-0123456789abcdef6", false), {"configuration": "not recorded"}),
	])
}
