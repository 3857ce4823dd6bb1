package tollgate.terraform.ecr_kms_test

import rego.v1

repository(attrs) := {
	"address": "aws_ecr_repository.app",
	"type": "aws_ecr_repository",
	"name": "app",
	"mode": "managed",
	"attributes": object.union({"name": "acme/app"}, attrs),
	"refs": [],
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

test_no_encryption_configuration_fails if {
	findings := data.tollgate.terraform.ecr_kms.deny with input as doc([repository({})])
	count(findings) == 1
	some f in findings
	f.resource == "aws_ecr_repository.app"
	f.path == ["encryption_configuration"]
}

test_aes256_fails if {
	findings := data.tollgate.terraform.ecr_kms.deny with input as doc([repository({"encryption_configuration": [{"encryption_type": "AES256"}]})])
	count(findings) == 1
	some f in findings
	f.path == ["encryption_configuration", 0, "encryption_type"]
}

test_kms_passes if {
	count(data.tollgate.terraform.ecr_kms.deny) == 0 with input as doc([repository({"encryption_configuration": [{"encryption_type": "KMS", "kms_key": {"__unknown__": "aws_kms_key.ecr.arn", "__ref__": "aws_kms_key.ecr"}}]})])
	count(data.tollgate.terraform.ecr_kms.deny) == 0 with input as doc([repository({"encryption_configuration": [{"encryption_type": "KMS_DSSE"}]})])
}

test_unknown_not_reported if {
	count(data.tollgate.terraform.ecr_kms.deny) == 0 with input as doc([repository({"encryption_configuration": {"__unknown__": "var.encryption"}})])
	count(data.tollgate.terraform.ecr_kms.deny) == 0 with input as doc([repository({"encryption_configuration": [{"encryption_type": {"__unknown__": "var.encryption_type"}}]})])
}
