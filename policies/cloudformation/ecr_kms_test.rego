package tollgate.cloudformation.ecr_kms_test

import rego.v1

repository(props) := {
	"address": "AppRepository",
	"type": "AWS::ECR::Repository",
	"name": "AppRepository",
	"attributes": props,
	"refs": [],
}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "parameters": {}, "conditions": {}, "resources": resources}

test_no_encryption_fails if {
	findings := data.tollgate.cloudformation.ecr_kms.deny with input as doc([repository({})])
	count(findings) == 1
	some f in findings
	f.resource == "AppRepository"
	f.path == ["EncryptionConfiguration"]
}

test_aes256_fails if {
	findings := data.tollgate.cloudformation.ecr_kms.deny with input as doc([repository({"EncryptionConfiguration": {"EncryptionType": "AES256"}})])
	count(findings) == 1
	some f in findings
	f.path == ["EncryptionConfiguration", "EncryptionType"]
}

test_kms_passes if {
	count(data.tollgate.cloudformation.ecr_kms.deny) == 0 with input as doc([repository({"EncryptionConfiguration": {"EncryptionType": "KMS", "KmsKey": {"__unknown__": "Fn::GetAtt [\"EcrKey\",\"Arn\"]", "__ref__": "EcrKey"}}})])
}

test_unknown_not_reported if {
	count(data.tollgate.cloudformation.ecr_kms.deny) == 0 with input as doc([repository({"EncryptionConfiguration": {"__unknown__": "Fn::If [\"Kms\",{},{}]"}})])
	count(data.tollgate.cloudformation.ecr_kms.deny) == 0 with input as doc([repository({"EncryptionConfiguration": {"EncryptionType": {"__unknown__": "Ref EncryptionType"}}})])
}
