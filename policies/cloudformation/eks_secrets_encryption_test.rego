package tollgate.cloudformation.eks_secrets_encryption_test

import rego.v1

cluster(props) := {
	"address": "Cluster",
	"type": "AWS::EKS::Cluster",
	"name": "Cluster",
	"attributes": object.union({"Name": "main", "ResourcesVpcConfig": {"SubnetIds": ["subnet-1", "subnet-2"]}}, props),
	"refs": [],
}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "parameters": {}, "conditions": {}, "resources": resources}

provider := {"KeyArn": {"__unknown__": "Fn::GetAtt [\"EksKey\",\"Arn\"]", "__ref__": "EksKey"}}

test_no_encryption_fails if {
	findings := data.tollgate.cloudformation.eks_secrets_encryption.deny with input as doc([cluster({})])
	count(findings) == 1
	some f in findings
	f.resource == "Cluster"
	f.path == ["EncryptionConfig"]
}

test_config_without_secrets_fails if {
	findings := data.tollgate.cloudformation.eks_secrets_encryption.deny with input as doc([cluster({"EncryptionConfig": [{"Resources": [], "Provider": provider}]})])
	count(findings) == 1
	some f in findings
	f.path == ["EncryptionConfig", 0, "Resources"]
}

test_secrets_encrypted_passes if {
	count(data.tollgate.cloudformation.eks_secrets_encryption.deny) == 0 with input as doc([cluster({"EncryptionConfig": [{"Resources": ["secrets"], "Provider": provider}]})])
}

test_unknown_not_reported if {
	count(data.tollgate.cloudformation.eks_secrets_encryption.deny) == 0 with input as doc([cluster({"EncryptionConfig": {"__unknown__": "Fn::If [\"Encrypt\",[],[]]"}})])
	count(data.tollgate.cloudformation.eks_secrets_encryption.deny) == 0 with input as doc([cluster({"EncryptionConfig": [{"__unknown__": "Fn::If [\"Encrypt\",{},{}]"}]})])
}
