# METADATA
# title: Load balancer HTTP listeners redirect to HTTPS
# description: A listener that serves plain HTTP sends requests, cookies and credentials across the network unencrypted; an HTTP listener should only redirect clients to HTTPS.
# custom:
#   id: TG-AWS-ELB-001
#   severity: high
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SC-8"], pci-dss-4.0: ["4.2.1"]}
#   remediation: |
#     Make the HTTP listener's default action a permanent redirect to HTTPS, and serve the
#     application from an HTTPS listener:
#       HttpListener:
#         Type: AWS::ElasticLoadBalancingV2::Listener
#         Properties:
#           LoadBalancerArn: !Ref LoadBalancer
#           Port: 80
#           Protocol: HTTP
#           DefaultActions:
#             - Type: redirect
#               RedirectConfig:
#                 Protocol: HTTPS
#                 Port: "443"
#                 StatusCode: HTTP_301
package tollgate.cloudformation.lb_http_listener

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::ElasticLoadBalancingV2::Listener")
	protocol(r) == "HTTP"
	not actions_unknown(r)
	not redirects_to_https(r)
	finding := {
		"resource": r.address,
		"path": ["DefaultActions"],
		"message": sprintf("Load balancer listener %s serves plain HTTP instead of redirecting to HTTPS.", [r.address]),
	}
}

# protocol(r) is the listener's protocol, upper-cased.
protocol(r) := upper(p) if {
	p := attributes(r).Protocol
	is_string(p)
}

# Without a Protocol, a listener of an application load balancer listens on HTTP.
protocol(r) := "HTTP" if {
	object.get(attributes(r), "Protocol", null) == null
	some lb in lib.resources("AWS::ElasticLoadBalancingV2::LoadBalancer")
	lib.refers_to(object.get(attributes(r), "LoadBalancerArn", null), lb)
	object.get(attributes(lb), "Type", null) in {null, "application"}
}

redirects_to_https(r) if {
	some action in lib.as_list(attributes(r).DefaultActions)
	lower_string(action.Type) == "redirect"
	upper_string(action.RedirectConfig.Protocol) == "HTTPS"
}

# actions_unknown(r) holds when the default actions cannot be known statically.
actions_unknown(r) if lib.is_unknown(attributes(r).DefaultActions)

actions_unknown(r) if {
	some action in lib.as_list(attributes(r).DefaultActions)
	unknown_action(action)
}

unknown_action(action) if lib.is_unknown(action)

unknown_action(action) if lib.is_unknown(action.Type)

unknown_action(action) if lib.is_unknown(action.RedirectConfig)

unknown_action(action) if lib.is_unknown(action.RedirectConfig.Protocol)

lower_string(x) := lower(x) if is_string(x)

upper_string(x) := upper(x) if is_string(x)

# attributes(r) is the resource's resolved Properties, {} when it has none.
attributes(r) := r.attributes if is_object(r.attributes)

attributes(r) := {} if not is_object(r.attributes)
