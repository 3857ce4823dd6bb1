package tollgate.aws.kms_rotation_test

import rego.v1

import data.tollgate.aws.kms_rotation

doc(resources) := {
	"kind": "aws", "path": "aws/111111111111/eu-west-1", "account": "111111111111",
	"region": "eu-west-1", "partition": "aws", "collected_at": "2026-11-25T02:00:00Z",
	"resources": resources,
}

item(type, id, arn, configuration, supplementary) := {
	"address": arn, "type": type, "id": id, "name": id, "arn": arn,
	"account": "111111111111", "region": "eu-west-1", "tags": {},
	"configuration": configuration, "supplementary": supplementary, "relationships": [],
}

key(id, configuration, supplementary) := item("AWS::KMS::Key", id, sprintf("arn:aws:kms:eu-west-1:111111111111:key/%s", [id]), object.union({
	"keyId": id, "arn": sprintf("arn:aws:kms:eu-west-1:111111111111:key/%s", [id]),
	"enabled": true, "keyState": "Enabled", "keyUsage": "ENCRYPT_DECRYPT", "origin": "AWS_KMS",
	"keyManager": "CUSTOMER", "customerMasterKeySpec": "SYMMETRIC_DEFAULT", "keySpec": "SYMMETRIC_DEFAULT",
	"encryptionAlgorithms": ["SYMMETRIC_DEFAULT"], "multiRegion": false, "description": "",
}, configuration), supplementary)

test_key_without_rotation_fails if {
	findings := kms_rotation.deny with input as doc([key("1111", {}, {"KeyRotationStatus": false})])
	count(findings) == 1
	some f in findings
	f.resource == "arn:aws:kms:eu-west-1:111111111111:key/1111"
	f.path == ["supplementary", "KeyRotationStatus"]
	contains(f.message, "1111")
}

test_string_status_and_configuration_field_fail if {
	count(kms_rotation.deny) == 2 with input as doc([
		key("1111", {}, {"KeyRotationStatus": "false"}),
		key("2222", {"keyRotationEnabled": false}, {}),
	])
}

test_rotating_key_passes if {
	count(kms_rotation.deny) == 0 with input as doc([
		key("1111", {}, {"KeyRotationStatus": true}),
		key("2222", {}, {"KeyRotationStatus": "true"}),
	])
}

test_keys_that_cannot_or_need_not_rotate_pass if {
	count(kms_rotation.deny) == 0 with input as doc([
		key("aws-managed", {"keyManager": "AWS"}, {"KeyRotationStatus": false}),
		key("rsa", {"keySpec": "RSA_2048", "customerMasterKeySpec": "RSA_2048", "keyUsage": "SIGN_VERIFY"}, {"KeyRotationStatus": false}),
		key("hmac", {"keySpec": "HMAC_256", "customerMasterKeySpec": "HMAC_256"}, {"KeyRotationStatus": false}),
		key("imported", {"origin": "EXTERNAL"}, {"KeyRotationStatus": false}),
		key("disabled", {"enabled": false, "keyState": "Disabled"}, {"KeyRotationStatus": false}),
		key("deleting", {"enabled": false, "keyState": "PendingDeletion"}, {"KeyRotationStatus": false}),
	])
}

test_no_rotation_information_is_not_reported if {
	count(kms_rotation.deny) == 0 with input as doc([
		key("1111", {}, {}),
		key("2222", {}, {"KeyRotationStatus": null}),
		object.remove(key("3333", {}, {}), ["supplementary"]),
		item("AWS::KMS::Key", "4444", "arn:aws:kms:eu-west-1:111111111111:key/4444", null, {"KeyRotationStatus": false}),
	])
}

test_older_items_without_key_spec if {
	count(kms_rotation.deny) == 1 with input as doc([key("1111", {"keySpec": null}, {"KeyRotationStatus": false})])
	k := object.remove(key("2222", {}, {"KeyRotationStatus": false}), ["configuration"])
	count(kms_rotation.deny) == 1 with input as doc([object.union(k, {"configuration": object.remove(key("2222", {}, {}).configuration, ["keySpec"])})])
}
