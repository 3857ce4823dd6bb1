# METADATA
# title: EKS API endpoints are not public to the internet
# description: An EKS cluster's Kubernetes API endpoint is public by default (EndpointPublicAccess defaults to true and PublicAccessCidrs to 0.0.0.0/0), so anyone on the internet can reach it and try stolen or leaked credentials, or an API server vulnerability, against it. Make the endpoint private, or limit it to the networks that administer the cluster.
# custom:
#   id: TG-AWS-EKS-001
#   severity: high
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SC-7", "AC-3"], aws-well-architected: ["SEC05"]}
#   remediation: |
#     Use the private endpoint, or allow the public one only from known networks:
#       Cluster:
#         Type: AWS::EKS::Cluster
#         Properties:
#           Name: main
#           RoleArn: !GetAtt ClusterRole.Arn
#           ResourcesVpcConfig:
#             SubnetIds: !Ref PrivateSubnets
#             EndpointPrivateAccess: true
#             EndpointPublicAccess: false
#     or keep EndpointPublicAccess and set PublicAccessCidrs: [203.0.113.0/24].
package tollgate.cloudformation.eks_public_endpoint

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some address, config in public_endpoints
	object.get(config, "PublicAccessCidrs", null) in {null, []}
	finding := {
		"resource": address,
		"path": ["ResourcesVpcConfig", "PublicAccessCidrs"],
		"message": sprintf("EKS cluster %s has a public API endpoint open to the whole internet (PublicAccessCidrs defaults to 0.0.0.0/0).", [address]),
	}
}

deny contains finding if {
	some address, config in public_endpoints
	some j, cidr in items(config.PublicAccessCidrs)
	is_string(cidr)
	lib.world_cidr(cidr)
	finding := {
		"resource": address,
		"path": ["ResourcesVpcConfig", "PublicAccessCidrs", j],
		"message": sprintf("EKS cluster %s allows %s to reach its public API endpoint.", [address, cidr]),
	}
}

# public_endpoints[address] is the ResourcesVpcConfig of a cluster whose public endpoint is on
# (the default) or not known to be off.
public_endpoints[r.address] := config if {
	some r in lib.resources("AWS::EKS::Cluster")
	is_object(r.attributes)
	config := r.attributes.ResourcesVpcConfig
	is_object(config)
	not lib.is_unknown(config)
	public := object.get(config, "EndpointPublicAccess", true)
	not lib.is_unknown(public)
	not known_false(public)
}

# CloudFormation accepts booleans as strings ("false").
known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
