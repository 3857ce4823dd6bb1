package tollgate.terraform.efs_encryption_test

import rego.v1

file_system(attributes) := {
	"kind": "terraform",
	"path": ".",
	"resources": [{
		"address": "aws_efs_file_system.shared",
		"type": "aws_efs_file_system",
		"name": "shared",
		"mode": "managed",
		"attributes": attributes,
	}],
}

test_encryption_missing_fails if {
	doc := file_system({"creation_token": "shared"})
	findings := data.tollgate.terraform.efs_encryption.deny with input as doc
	count(findings) == 1
	some f in findings
	f.resource == "aws_efs_file_system.shared"
	f.path == ["encrypted"]
}

test_encryption_false_fails if {
	doc := file_system({"creation_token": "shared", "encrypted": false})
	count(data.tollgate.terraform.efs_encryption.deny) == 1 with input as doc
}

test_encrypted_passes if {
	doc := file_system({"creation_token": "shared", "encrypted": true})
	count(data.tollgate.terraform.efs_encryption.deny) == 0 with input as doc
}

test_encryption_unknown_passes if {
	doc := file_system({"creation_token": "shared", "encrypted": {"__unknown__": "var.encrypted"}})
	count(data.tollgate.terraform.efs_encryption.deny) == 0 with input as doc
}
