# METADATA
# title: Load balancer HTTP listeners redirect to HTTPS
# description: A listener that serves plain HTTP sends requests, cookies and credentials across the network unencrypted; an HTTP listener should only redirect clients to HTTPS.
# custom:
#   id: TG-AWS-ELB-001
#   severity: high
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SC-8"], pci-dss-4.0: ["4.2.1"]}
#   remediation: |
#     Make the HTTP listener's default action a permanent redirect to HTTPS, and serve the
#     application from an HTTPS listener:
#       resource "aws_lb_listener" "http" {
#         load_balancer_arn = aws_lb.app.arn
#         port              = 80
#         protocol          = "HTTP"
#         default_action {
#           type = "redirect"
#           redirect {
#             port        = "443"
#             protocol    = "HTTPS"
#             status_code = "HTTP_301"
#           }
#         }
#       }
package tollgate.terraform.lb_http_listener

import rego.v1

import data.tollgate.lib

listeners := lib.resources("aws_lb_listener") | lib.resources("aws_alb_listener")

load_balancers := lib.resources("aws_lb") | lib.resources("aws_alb")

deny contains finding if {
	some r in listeners
	managed(r)
	protocol(r) == "HTTP"
	not actions_unknown(r)
	not redirects_to_https(r)
	finding := {
		"resource": r.address,
		"path": ["default_action"],
		"message": sprintf("Load balancer listener %s serves plain HTTP instead of redirecting to HTTPS.", [r.address]),
	}
}

# protocol(r) is the listener's protocol, upper-cased.
protocol(r) := upper(p) if {
	p := attributes(r).protocol
	is_string(p)
}

# Without a protocol, a listener of an application load balancer listens on HTTP.
protocol(r) := "HTTP" if {
	object.get(attributes(r), "protocol", null) == null
	some lb in load_balancers
	lib.refers_to(object.get(attributes(r), "load_balancer_arn", null), lb)
	object.get(attributes(lb), "load_balancer_type", null) in {null, "application"}
}

redirects_to_https(r) if {
	some action in lib.as_list(attributes(r).default_action)
	action.type == "redirect"
	action.redirect[0].protocol == "HTTPS"
}

# actions_unknown(r) holds when the default actions cannot be known statically, for
# example a dynamic block over a variable.
actions_unknown(r) if lib.is_unknown(attributes(r).default_action)

actions_unknown(r) if {
	some action in lib.as_list(attributes(r).default_action)
	unknown_action(action)
}

unknown_action(action) if lib.is_unknown(action)

unknown_action(action) if lib.is_unknown(action.type)

unknown_action(action) if lib.is_unknown(action.redirect)

unknown_action(action) if lib.is_unknown(action.redirect[0])

unknown_action(action) if lib.is_unknown(action.redirect[0].protocol)

# attributes(r) is the resource's attributes, {} when it has none.
attributes(r) := r.attributes if is_object(r.attributes)

attributes(r) := {} if not is_object(r.attributes)

# managed(r) leaves out data sources, which only read existing infrastructure.
managed(r) if {
	not r.mode == "data"
}
