# METADATA
# title: EKS API endpoints are not public to the internet
# description: An EKS cluster's Kubernetes API endpoint is public by default (endpoint_public_access defaults to true and public_access_cidrs to 0.0.0.0/0), so anyone on the internet can reach it and try stolen or leaked credentials, or an API server vulnerability, against it. Make the endpoint private, or limit it to the networks that administer the cluster.
# custom:
#   id: TG-AWS-EKS-001
#   severity: high
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SC-7", "AC-3"], aws-well-architected: ["SEC05"]}
#   remediation: |
#     Use the private endpoint, or allow the public one only from known networks:
#       resource "aws_eks_cluster" "main" {
#         name     = "main"
#         role_arn = aws_iam_role.cluster.arn
#         vpc_config {
#           subnet_ids              = var.private_subnet_ids
#           endpoint_private_access = true
#           endpoint_public_access  = false
#         }
#       }
#     or keep endpoint_public_access and set public_access_cidrs = ["203.0.113.0/24"].
package tollgate.terraform.eks_public_endpoint

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some e in public_endpoints
	object.get(e.config, "public_access_cidrs", null) in {null, []}
	finding := {
		"resource": e.address,
		"path": ["vpc_config", e.index, "public_access_cidrs"],
		"message": sprintf("EKS cluster %s has a public API endpoint open to the whole internet (public_access_cidrs defaults to 0.0.0.0/0).", [e.address]),
	}
}

deny contains finding if {
	some e in public_endpoints
	some j, cidr in items(e.config.public_access_cidrs)
	is_string(cidr)
	lib.world_cidr(cidr)
	finding := {
		"resource": e.address,
		"path": ["vpc_config", e.index, "public_access_cidrs", j],
		"message": sprintf("EKS cluster %s allows %s to reach its public API endpoint.", [e.address, cidr]),
	}
}

# public_endpoints are the vpc_config blocks (with their index) of clusters whose public
# endpoint is on (the default) or not known to be off.
public_endpoints contains {"address": r.address, "index": i, "config": config} if {
	some r in lib.resources("aws_eks_cluster")
	not r.mode == "data"
	is_object(r.attributes)
	some i, config in items(r.attributes.vpc_config)
	is_object(config)
	public := object.get(config, "endpoint_public_access", true)
	not lib.is_unknown(public)
	not known_false(public)
}

known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
