# METADATA
# title: Load balancers write access logs
# description: Without access logs there is no record of the requests a load balancer received, their clients and their results, which leaves abuse and incidents without evidence. Gateway load balancers have no access logs and are not checked.
# custom:
#   id: TG-AWS-ELB-004
#   severity: low
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["AU-12"], pci-dss-4.0: ["10.2.1"]}
#   remediation: |
#     Write access logs to an S3 bucket the load balancer may write to:
#       LoadBalancer:
#         Type: AWS::ElasticLoadBalancingV2::LoadBalancer
#         Properties:
#           Type: application
#           Subnets: !Ref PublicSubnetIds
#           LoadBalancerAttributes:
#             - Key: access_logs.s3.enabled
#               Value: "true"
#             - Key: access_logs.s3.bucket
#               Value: !Ref LogBucket
package tollgate.cloudformation.lb_access_logs

import rego.v1

import data.tollgate.lib

key := "access_logs.s3.enabled"

deny contains finding if {
	some r in load_balancers
	not attribute_unknown(r)
	not enabled(r)
	finding := {
		"resource": r.address,
		"path": path(r),
		"message": sprintf("Load balancer %s does not write access logs: %s is not true.", [r.address, key]),
	}
}

# load_balancers: application and network load balancers (the default type is application).
load_balancers := {r |
	some r in lib.resources("AWS::ElasticLoadBalancingV2::LoadBalancer")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
	lb_type := object.get(r.attributes, "Type", "application")
	is_string(lb_type)
	lower(lb_type) != "gateway"
}

# path(r) points at the entry that sets the key, or at the list when no entry does.
path(r) := ["LoadBalancerAttributes", entries[0], "Value"] if {
	entries := [i | some i, attribute in items(r.attributes.LoadBalancerAttributes); attribute.Key == key]
	count(entries) > 0
}

path(r) := ["LoadBalancerAttributes"] if {
	not has_entry(r)
}

has_entry(r) if {
	some attribute in items(r.attributes.LoadBalancerAttributes)
	attribute.Key == key
}

enabled(r) if {
	some attribute in items(r.attributes.LoadBalancerAttributes)
	attribute.Key == key
	is_true(attribute.Value)
}

# attribute_unknown(r): the attribute list, or an entry that may set the key, cannot be known.
attribute_unknown(r) if lib.is_unknown(r.attributes.LoadBalancerAttributes)

attribute_unknown(r) if {
	some attribute in items(r.attributes.LoadBalancerAttributes)
	lib.is_unknown(attribute)
}

attribute_unknown(r) if {
	some attribute in items(r.attributes.LoadBalancerAttributes)
	lib.is_unknown(attribute.Key)
}

attribute_unknown(r) if {
	some attribute in items(r.attributes.LoadBalancerAttributes)
	attribute.Key == key
	lib.is_unknown(attribute.Value)
}

# is_true(x) is a known true, as a boolean or as the string templates often use.
is_true(x) if x == true

is_true(x) if {
	is_string(x)
	lower(x) == "true"
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
