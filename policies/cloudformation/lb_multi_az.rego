# METADATA
# title: Load balancers span at least two availability zones
# description: A load balancer placed in a single subnet lives in a single availability zone and goes down with it, taking every target behind it offline. Subnet lists that cannot be known statically are not reported.
# custom:
#   id: TG-AWS-ELB-006
#   severity: medium
#   dimension: reliability
#   kinds: [cloudformation]
#   frameworks: {aws-well-architected: ["REL10"]}
#   remediation: |
#     Place the load balancer in subnets of at least two availability zones:
#       LoadBalancer:
#         Type: AWS::ElasticLoadBalancingV2::LoadBalancer
#         Properties:
#           Type: application
#           Subnets:
#             - !Ref PublicSubnetA
#             - !Ref PublicSubnetB
package tollgate.cloudformation.lb_multi_az

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::ElasticLoadBalancingV2::LoadBalancer")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
	subnets := subnet_list(object.get(r.attributes, "Subnets", null))
	mappings := subnet_list(object.get(r.attributes, "SubnetMappings", null))
	placed := max([count({s | some s in subnets}), count(mappings)])
	placed < 2
	finding := {
		"resource": r.address,
		"path": path(r, mappings),
		"message": sprintf("Load balancer %s is placed in %d subnet(s), so it does not span two availability zones.", [r.address, placed]),
	}
}

# subnet_list(x): a known list as is, a comma-delimited string (a List<> parameter's value)
# split, null as an empty list; undefined for an unknown value.
subnet_list(x) := x if is_array(x)

subnet_list(x) := [trim_space(s) | some s in split(x, ","); trim_space(s) != ""] if is_string(x)

subnet_list(x) := [] if x == null

path(_, mappings) := ["SubnetMappings"] if count(mappings) > 0

path(r, mappings) := ["Subnets"] if {
	count(mappings) == 0
	object.get(r.attributes, "Subnets", null) != null
}

path(r, mappings) := [] if {
	count(mappings) == 0
	object.get(r.attributes, "Subnets", null) == null
}
