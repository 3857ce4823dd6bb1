package tollgate.terraform.eks_public_endpoint_test

import rego.v1

cluster(vpc_config) := {
	"address": "aws_eks_cluster.main",
	"type": "aws_eks_cluster",
	"name": "main",
	"mode": "managed",
	"attributes": {"name": "main", "role_arn": "arn:aws:iam::111122223333:role/eks", "vpc_config": vpc_config},
	"refs": [],
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

subnets := {"subnet_ids": ["subnet-1", "subnet-2"]}

test_default_endpoint_fails if {
	findings := data.tollgate.terraform.eks_public_endpoint.deny with input as doc([cluster([subnets])])
	count(findings) == 1
	some f in findings
	f.resource == "aws_eks_cluster.main"
	f.path == ["vpc_config", 0, "public_access_cidrs"]
}

test_world_cidr_fails if {
	findings := data.tollgate.terraform.eks_public_endpoint.deny with input as doc([cluster([object.union(subnets, {"endpoint_public_access": true, "public_access_cidrs": ["203.0.113.0/24", "0.0.0.0/0"]})])])
	count(findings) == 1
	some f in findings
	f.path == ["vpc_config", 0, "public_access_cidrs", 1]
}

test_private_endpoint_passes if {
	count(data.tollgate.terraform.eks_public_endpoint.deny) == 0 with input as doc([cluster([object.union(subnets, {"endpoint_private_access": true, "endpoint_public_access": false})])])
}

test_limited_cidrs_pass if {
	count(data.tollgate.terraform.eks_public_endpoint.deny) == 0 with input as doc([cluster([object.union(subnets, {"public_access_cidrs": ["203.0.113.0/24"]})])])
}

test_unknown_not_reported if {
	count(data.tollgate.terraform.eks_public_endpoint.deny) == 0 with input as doc([cluster([object.union(subnets, {"public_access_cidrs": {"__unknown__": "var.admin_cidrs"}})])])
	count(data.tollgate.terraform.eks_public_endpoint.deny) == 0 with input as doc([cluster([object.union(subnets, {"endpoint_public_access": {"__unknown__": "var.public"}})])])
	count(data.tollgate.terraform.eks_public_endpoint.deny) == 0 with input as doc([cluster({"__unknown__": "var.vpc_config"})])
	count(data.tollgate.terraform.eks_public_endpoint.deny) == 0 with input as doc([cluster([object.union(subnets, {"public_access_cidrs": [{"__unknown__": "var.office_cidr"}]})])])
}
