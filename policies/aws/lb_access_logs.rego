# METADATA
# title: Load balancers write access logs
# description: Without access logs there is no record of the requests a load balancer received, their clients and their results, which leaves abuse and incidents without evidence. The rule reads the access_logs.s3.enabled attribute that AWS Config records; gateway load balancers have no access logs and are not checked.
# custom:
#   id: TG-AWS-ELB-004
#   severity: low
#   dimension: security
#   kinds: [aws]
#   frameworks: {nist-800-53: ["AU-12"], pci-dss-4.0: ["10.2.1"]}
#   remediation: |
#     Write access logs to an S3 bucket whose policy lets Elastic Load Balancing deliver them:
#       aws elbv2 modify-load-balancer-attributes --load-balancer-arn <load balancer ARN> \
#         --attributes Key=access_logs.s3.enabled,Value=true Key=access_logs.s3.bucket,Value=acme-lb-logs \
#         Key=access_logs.s3.prefix,Value=app
#     and keep it in the code that deploys it: an access_logs block with bucket and enabled = true on
#     the aws_lb (LoadBalancerAttributes access_logs.s3.enabled and access_logs.s3.bucket in CloudFormation).
package tollgate.aws.lb_access_logs

import rego.v1

attribute := "access_logs.s3.enabled"

deny contains finding if {
	some r in load_balancers
	attrs := attributes(r)
	applies(r, attrs, attribute, {"application", "network"})
	not enabled(attrs, attribute)
	finding := {
		"resource": r.address,
		"path": attribute_path(attrs, attribute),
		"message": sprintf("Load balancer %s in %s does not write access logs: access_logs.s3.enabled is not true.", [label(r), region(r)]),
	}
}

# attributes(r): the load balancer attributes AWS Config records in supplementaryConfiguration,
# a list of {"key", "value"} with string values; undefined when none are recorded.
attributes(r) := attrs if {
	supplementary := object.get(r, "supplementary", null)
	is_object(supplementary)
	attrs := object.get(supplementary, "LoadBalancerAttributes", null)
	is_array(attrs)
	count(attrs) > 0
}

# applies(r, attrs, key, types): the load balancer is of one of types; when AWS Config did not
# record the type, the attribute being listed tells that the load balancer has it.
applies(r, _, _, types) if {
	is_string(r.configuration.type)
	lower(r.configuration.type) in types
}

applies(r, attrs, key, _) if {
	not is_string(r.configuration.type)
	count(indexes(attrs, key)) > 0
}

# enabled(attrs, key): the attribute is recorded as "true" (an absent attribute is off).
enabled(attrs, key) if {
	some i in indexes(attrs, key)
	is_true(entry(attrs[i], "value"))
}

indexes(attrs, key) := [i | some i, e in attrs; entry(e, "key") == key]

# attribute_path(attrs, key): the path of the attribute's value, or of the list when it lacks it.
attribute_path(attrs, key) := ["supplementary", "LoadBalancerAttributes", found[0], "value"] if {
	found := indexes(attrs, key)
	count(found) > 0
}

attribute_path(attrs, key) := ["supplementary", "LoadBalancerAttributes"] if {
	count(indexes(attrs, key)) == 0
}

entry(e, name) := e[name] if is_object(e)

entry(e, name) := e[upper_first(name)] if {
	is_object(e)
	not name in object.keys(e)
}

upper_first(name) := concat("", [upper(substring(name, 0, 1)), substring(name, 1, -1)])

is_true(x) if x == true

is_true(x) if {
	is_string(x)
	lower(x) == "true"
}

load_balancers contains r if {
	some r in input.resources
	r.type == "AWS::ElasticLoadBalancingV2::LoadBalancer"
	is_object(r.configuration)
}

# label(r): the load balancer's name (or the item's name, id or address).
label(r) := names[0] if {
	names := [x |
		some x in [object.get(r.configuration, "loadBalancerName", null), object.get(r, "name", null), object.get(r, "id", null), r.address]
		is_string(x)
		x != ""
	]
}

region(r) := r.region if is_string(r.region)

region(r) := object.get(input, "region", "its region") if not is_string(r.region)
