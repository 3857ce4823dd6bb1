package tollgate.terraform.eks_secrets_encryption_test

import rego.v1

cluster(attrs) := {
	"address": "aws_eks_cluster.main",
	"type": "aws_eks_cluster",
	"name": "main",
	"mode": "managed",
	"attributes": object.union({"name": "main", "vpc_config": [{"subnet_ids": ["subnet-1", "subnet-2"]}]}, attrs),
	"refs": [],
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

key := {"key_arn": {"__unknown__": "aws_kms_key.eks.arn", "__ref__": "aws_kms_key.eks"}}

test_no_encryption_config_fails if {
	findings := data.tollgate.terraform.eks_secrets_encryption.deny with input as doc([cluster({})])
	count(findings) == 1
	some f in findings
	f.resource == "aws_eks_cluster.main"
	f.path == ["encryption_config"]
}

test_config_without_secrets_fails if {
	findings := data.tollgate.terraform.eks_secrets_encryption.deny with input as doc([cluster({"encryption_config": [{"resources": [], "provider": [key]}]})])
	count(findings) == 1
	some f in findings
	f.path == ["encryption_config", 0, "resources"]
}

test_secrets_encrypted_passes if {
	count(data.tollgate.terraform.eks_secrets_encryption.deny) == 0 with input as doc([cluster({"encryption_config": [{"resources": ["secrets"], "provider": [key]}]})])
}

test_unknown_not_reported if {
	count(data.tollgate.terraform.eks_secrets_encryption.deny) == 0 with input as doc([cluster({"encryption_config": {"__unknown__": "var.encryption"}})])
	count(data.tollgate.terraform.eks_secrets_encryption.deny) == 0 with input as doc([cluster({"encryption_config": [{"resources": {"__unknown__": "var.resources"}, "provider": [key]}]})])
	count(data.tollgate.terraform.eks_secrets_encryption.deny) == 0 with input as doc([cluster({"encryption_config": [{"resources": [{"__unknown__": "local.kind"}], "provider": [key]}]})])
}
