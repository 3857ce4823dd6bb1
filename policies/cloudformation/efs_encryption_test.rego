package tollgate.cloudformation.efs_encryption_test

import rego.v1

file_system(properties) := {
	"kind": "cloudformation",
	"path": "template.yaml",
	"parameters": {"Env": "dev"},
	"conditions": {"IsProd": false},
	"resources": [{
		"address": "SharedFileSystem",
		"type": "AWS::EFS::FileSystem",
		"name": "SharedFileSystem",
		"attributes": properties,
	}],
}

test_encryption_missing_fails if {
	doc := file_system({"PerformanceMode": "generalPurpose"})
	findings := data.tollgate.cloudformation.efs_encryption.deny with input as doc
	count(findings) == 1
	some f in findings
	f.resource == "SharedFileSystem"
	f.path == ["Encrypted"]
}

test_encryption_false_from_condition_fails if {
	doc := file_system({"Encrypted": false})
	count(data.tollgate.cloudformation.efs_encryption.deny) == 1 with input as doc
}

test_encrypted_passes if {
	doc := file_system({"Encrypted": true})
	count(data.tollgate.cloudformation.efs_encryption.deny) == 0 with input as doc
}

test_encrypted_string_passes if {
	doc := file_system({"Encrypted": "true"})
	count(data.tollgate.cloudformation.efs_encryption.deny) == 0 with input as doc
}

test_encryption_unknown_passes if {
	doc := file_system({"Encrypted": {"__unknown__": "IsProd"}})
	count(data.tollgate.cloudformation.efs_encryption.deny) == 0 with input as doc
}
