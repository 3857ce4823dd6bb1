# METADATA
# title: Load balancer TLS listeners use a TLS 1.2+ security policy
# description: Older ELB security policies, including the ELBSecurityPolicy-2016-08 default, still accept TLS 1.0 and 1.1 and weak ciphers, which clients can be downgraded to.
# custom:
#   id: TG-AWS-ELB-002
#   severity: medium
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SC-8"], pci-dss-4.0: ["4.2.1"]}
#   remediation: |
#     Set a security policy that accepts only TLS 1.2 and 1.3:
#       resource "aws_lb_listener" "https" {
#         load_balancer_arn = aws_lb.app.arn
#         port              = 443
#         protocol          = "HTTPS"
#         ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
#         certificate_arn   = aws_acm_certificate.app.arn
#         default_action {
#           type             = "forward"
#           target_group_arn = aws_lb_target_group.app.arn
#         }
#       }
package tollgate.terraform.lb_tls_policy

import rego.v1

import data.tollgate.lib

listeners := lib.resources("aws_lb_listener") | lib.resources("aws_alb_listener")

# Policy name prefixes whose minimum protocol version is TLS 1.2. The TLS13-1-0 and
# TLS13-1-1 families add TLS 1.3 but still accept TLS 1.0 and 1.1, so they are not here.
modern_prefixes := [
	"ELBSecurityPolicy-TLS13-1-2-",
	"ELBSecurityPolicy-TLS13-1-3-",
	"ELBSecurityPolicy-TLS-1-2-",
	"ELBSecurityPolicy-FS-1-2-",
]

deny contains finding if {
	some r in listeners
	managed(r)
	upper_string(object.get(attributes(r), "protocol", null)) in {"HTTPS", "TLS"}
	policy := object.get(attributes(r), "ssl_policy", null)
	not lib.is_unknown(policy)
	not modern(policy)
	finding := {
		"resource": r.address,
		"path": ["ssl_policy"],
		"message": message(r, policy),
	}
}

modern(policy) if {
	is_string(policy)
	some prefix in modern_prefixes
	startswith(policy, prefix)
}

message(r, policy) := msg if {
	unset(policy)
	msg := sprintf("Load balancer listener %s sets no ssl_policy, so it gets ELBSecurityPolicy-2016-08, which accepts TLS 1.0 and 1.1.", [r.address])
}

message(r, policy) := msg if {
	not unset(policy)
	msg := sprintf("Load balancer listener %s uses security policy %v, which accepts protocols older than TLS 1.2.", [r.address, policy])
}

# unset(policy) holds when no policy is given, so AWS picks its default.
unset(policy) if policy in {null, ""}

upper_string(x) := upper(x) if is_string(x)

# attributes(r) is the resource's attributes, {} when it has none.
attributes(r) := r.attributes if is_object(r.attributes)

attributes(r) := {} if not is_object(r.attributes)

# managed(r) leaves out data sources, which only read existing infrastructure.
managed(r) if {
	not r.mode == "data"
}
