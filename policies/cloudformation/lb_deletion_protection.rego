# METADATA
# title: Load balancers have deletion protection
# description: Without deletion protection a load balancer, and every service behind it, can be taken offline by one mistaken stack update, stack deletion or console click.
# custom:
#   id: TG-AWS-ELB-003
#   severity: low
#   dimension: reliability
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["CP-10"]}
#   remediation: |
#     Turn on deletion protection in the load balancer attributes:
#       LoadBalancer:
#         Type: AWS::ElasticLoadBalancingV2::LoadBalancer
#         Properties:
#           Type: application
#           Subnets: !Ref PublicSubnetIds
#           LoadBalancerAttributes:
#             - Key: deletion_protection.enabled
#               Value: "true"
package tollgate.cloudformation.lb_deletion_protection

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::ElasticLoadBalancingV2::LoadBalancer")
	not attributes_unknown(r)
	not protected(r)
	finding := {
		"resource": r.address,
		"path": ["LoadBalancerAttributes"],
		"message": sprintf("Load balancer %s can be deleted without first turning off deletion protection.", [r.address]),
	}
}

protected(r) if {
	some attribute in lib.as_list(attributes(r).LoadBalancerAttributes)
	attribute.Key == "deletion_protection.enabled"
	is_true(attribute.Value)
}

# attributes_unknown(r) holds when the attribute list, or one of its entries, cannot be
# known statically: it may turn deletion protection on.
attributes_unknown(r) if lib.is_unknown(attributes(r).LoadBalancerAttributes)

attributes_unknown(r) if {
	some attribute in lib.as_list(attributes(r).LoadBalancerAttributes)
	unknown_entry(attribute)
}

unknown_entry(attribute) if lib.is_unknown(attribute)

unknown_entry(attribute) if lib.is_unknown(attribute.Key)

unknown_entry(attribute) if {
	attribute.Key == "deletion_protection.enabled"
	lib.is_unknown(attribute.Value)
}

# attributes(r) is the resource's resolved Properties, {} when it has none.
attributes(r) := r.attributes if is_object(r.attributes)

attributes(r) := {} if not is_object(r.attributes)

# is_true(x) is a known true, as a boolean or as the string templates often use.
is_true(x) if x == true

is_true(x) if {
	is_string(x)
	lower(x) == "true"
}
