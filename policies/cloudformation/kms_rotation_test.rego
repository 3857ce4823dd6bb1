package tollgate.cloudformation.kms_rotation_test

import rego.v1

key(properties) := {
	"kind": "cloudformation",
	"path": "template.yaml",
	"parameters": {},
	"conditions": {},
	"resources": [{
		"address": "DataKey",
		"type": "AWS::KMS::Key",
		"name": "DataKey",
		"attributes": properties,
	}],
}

test_rotation_missing_fails if {
	doc := key({"Description": "data"})
	findings := data.tollgate.cloudformation.kms_rotation.deny with input as doc
	count(findings) == 1
	some f in findings
	f.resource == "DataKey"
	f.path == ["EnableKeyRotation"]
}

test_rotation_string_false_fails if {
	doc := key({"EnableKeyRotation": "false", "KeySpec": "SYMMETRIC_DEFAULT"})
	count(data.tollgate.cloudformation.kms_rotation.deny) == 1 with input as doc
}

test_rotation_true_passes if {
	doc := key({"EnableKeyRotation": true})
	count(data.tollgate.cloudformation.kms_rotation.deny) == 0 with input as doc
}

test_rotation_string_true_passes if {
	doc := key({"EnableKeyRotation": "true"})
	count(data.tollgate.cloudformation.kms_rotation.deny) == 0 with input as doc
}

test_asymmetric_key_passes if {
	doc := key({"KeySpec": "ECC_NIST_P256", "KeyUsage": "SIGN_VERIFY"})
	count(data.tollgate.cloudformation.kms_rotation.deny) == 0 with input as doc
}

test_rotation_unknown_passes if {
	doc := key({"EnableKeyRotation": {"__unknown__": "RotateKey"}})
	count(data.tollgate.cloudformation.kms_rotation.deny) == 0 with input as doc
}
