# METADATA
# title: Classic load balancers do not serve plain HTTP
# description: A Classic Load Balancer listener with protocol HTTP serves requests, cookies and credentials unencrypted and, unlike an application load balancer, cannot redirect them to HTTPS. The protocol towards the instances (instance_protocol) is not checked.
# custom:
#   id: TG-AWS-ELB-008
#   severity: medium
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SC-8"], pci-dss-4.0: ["4.2.1"]}
#   remediation: |
#     Serve HTTPS only (or move to an application load balancer that redirects HTTP):
#       listener {
#         lb_port            = 443
#         lb_protocol        = "https"
#         instance_port      = 8080
#         instance_protocol  = "http"
#         ssl_certificate_id = aws_acm_certificate.app.arn
#       }
package tollgate.terraform.elb_classic_https

import rego.v1

deny contains finding if {
	some r in input.resources
	r.type == "aws_elb"
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	some i, listener in items(r.attributes.listener)
	is_object(listener)
	protocol := listener.lb_protocol
	is_string(protocol)
	lower(protocol) == "http"
	finding := {
		"resource": r.address,
		"path": ["listener", i, "lb_protocol"],
		"message": sprintf("Classic load balancer %s serves plain HTTP on port %v.", [r.address, object.get(listener, "lb_port", "?")]),
	}
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
