package tollgate.cloudformation.eks_public_endpoint_test

import rego.v1

cluster(config) := {
	"address": "Cluster",
	"type": "AWS::EKS::Cluster",
	"name": "Cluster",
	"attributes": {"Name": "main", "ResourcesVpcConfig": config},
	"refs": [],
}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "parameters": {}, "conditions": {}, "resources": resources}

test_default_endpoint_fails if {
	findings := data.tollgate.cloudformation.eks_public_endpoint.deny with input as doc([cluster({"SubnetIds": ["subnet-1", "subnet-2"]})])
	count(findings) == 1
	some f in findings
	f.resource == "Cluster"
	f.path == ["ResourcesVpcConfig", "PublicAccessCidrs"]
}

test_world_cidr_fails if {
	findings := data.tollgate.cloudformation.eks_public_endpoint.deny with input as doc([cluster({"EndpointPublicAccess": "true", "PublicAccessCidrs": ["0.0.0.0/0"]})])
	count(findings) == 1
	some f in findings
	f.path == ["ResourcesVpcConfig", "PublicAccessCidrs", 0]
}

test_private_passes if {
	count(data.tollgate.cloudformation.eks_public_endpoint.deny) == 0 with input as doc([cluster({"EndpointPrivateAccess": true, "EndpointPublicAccess": "false"})])
}

test_limited_cidrs_pass if {
	count(data.tollgate.cloudformation.eks_public_endpoint.deny) == 0 with input as doc([cluster({"PublicAccessCidrs": ["203.0.113.0/24"]})])
}

test_unknown_not_reported if {
	count(data.tollgate.cloudformation.eks_public_endpoint.deny) == 0 with input as doc([cluster({"EndpointPublicAccess": {"__unknown__": "Fn::If [\"Private\",false,true]"}})])
	count(data.tollgate.cloudformation.eks_public_endpoint.deny) == 0 with input as doc([cluster({"PublicAccessCidrs": {"__unknown__": "Ref AdminCidrs"}})])
}
