package tollgate.terraform.kms_rotation_test

import rego.v1

key(attributes) := {
	"kind": "terraform",
	"path": ".",
	"resources": [{
		"address": "aws_kms_key.data",
		"type": "aws_kms_key",
		"name": "data",
		"mode": "managed",
		"attributes": attributes,
	}],
}

test_rotation_missing_fails if {
	doc := key({"description": "data"})
	findings := data.tollgate.terraform.kms_rotation.deny with input as doc
	count(findings) == 1
	some f in findings
	f.resource == "aws_kms_key.data"
	f.path == ["enable_key_rotation"]
}

test_rotation_false_on_symmetric_default_fails if {
	doc := key({"enable_key_rotation": false, "customer_master_key_spec": "SYMMETRIC_DEFAULT"})
	count(data.tollgate.terraform.kms_rotation.deny) == 1 with input as doc
}

test_rotation_from_module_argument_fails if {
	doc := {"kind": "terraform", "path": ".", "resources": [{
		"address": "module.keys.aws_kms_key.this",
		"type": "aws_kms_key",
		"name": "this",
		"mode": "managed",
		"module": "module.keys",
		"attributes": {"enable_key_rotation": false},
	}]}
	findings := data.tollgate.terraform.kms_rotation.deny with input as doc
	{f.resource | some f in findings} == {"module.keys.aws_kms_key.this"}
}

test_rotation_true_passes if {
	doc := key({"enable_key_rotation": true})
	count(data.tollgate.terraform.kms_rotation.deny) == 0 with input as doc
}

test_asymmetric_key_passes if {
	doc := key({"key_usage": "SIGN_VERIFY", "customer_master_key_spec": "RSA_2048"})
	count(data.tollgate.terraform.kms_rotation.deny) == 0 with input as doc
}

test_hmac_key_spec_passes if {
	doc := key({"key_usage": "GENERATE_VERIFY_MAC", "key_spec": "HMAC_256"})
	count(data.tollgate.terraform.kms_rotation.deny) == 0 with input as doc
}

test_rotation_unknown_passes if {
	doc := key({"enable_key_rotation": {"__unknown__": "var.rotate"}})
	count(data.tollgate.terraform.kms_rotation.deny) == 0 with input as doc
}

test_key_spec_unknown_passes if {
	doc := key({"customer_master_key_spec": {"__unknown__": "var.key_spec"}})
	count(data.tollgate.terraform.kms_rotation.deny) == 0 with input as doc
}

test_data_source_passes if {
	doc := {"kind": "terraform", "path": ".", "resources": [{
		"address": "data.aws_kms_key.by_alias",
		"type": "aws_kms_key",
		"name": "by_alias",
		"mode": "data",
		"attributes": {"key_id": "alias/data"},
	}]}
	count(data.tollgate.terraform.kms_rotation.deny) == 0 with input as doc
}
