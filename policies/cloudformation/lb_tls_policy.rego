# METADATA
# title: Load balancer TLS listeners use a TLS 1.2+ security policy
# description: Older ELB security policies, including the ELBSecurityPolicy-2016-08 default, still accept TLS 1.0 and 1.1 and weak ciphers, which clients can be downgraded to.
# custom:
#   id: TG-AWS-ELB-002
#   severity: medium
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SC-8"], pci-dss-4.0: ["4.2.1"]}
#   remediation: |
#     Set a security policy that accepts only TLS 1.2 and 1.3:
#       HttpsListener:
#         Type: AWS::ElasticLoadBalancingV2::Listener
#         Properties:
#           LoadBalancerArn: !Ref LoadBalancer
#           Port: 443
#           Protocol: HTTPS
#           SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06
#           Certificates:
#             - CertificateArn: !Ref Certificate
#           DefaultActions:
#             - Type: forward
#               TargetGroupArn: !Ref TargetGroup
package tollgate.cloudformation.lb_tls_policy

import rego.v1

import data.tollgate.lib

# Policy name prefixes whose minimum protocol version is TLS 1.2. The TLS13-1-0 and
# TLS13-1-1 families add TLS 1.3 but still accept TLS 1.0 and 1.1, so they are not here.
modern_prefixes := [
	"ELBSecurityPolicy-TLS13-1-2-",
	"ELBSecurityPolicy-TLS13-1-3-",
	"ELBSecurityPolicy-TLS-1-2-",
	"ELBSecurityPolicy-FS-1-2-",
]

deny contains finding if {
	some r in lib.resources("AWS::ElasticLoadBalancingV2::Listener")
	upper_string(object.get(attributes(r), "Protocol", null)) in {"HTTPS", "TLS"}
	policy := object.get(attributes(r), "SslPolicy", null)
	not lib.is_unknown(policy)
	not modern(policy)
	finding := {
		"resource": r.address,
		"path": ["SslPolicy"],
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
	msg := sprintf("Load balancer listener %s sets no SslPolicy, so it gets ELBSecurityPolicy-2016-08, which accepts TLS 1.0 and 1.1.", [r.address])
}

message(r, policy) := msg if {
	not unset(policy)
	msg := sprintf("Load balancer listener %s uses security policy %v, which accepts protocols older than TLS 1.2.", [r.address, policy])
}

# unset(policy) holds when no policy is given, so AWS picks its default.
unset(policy) if policy in {null, ""}

upper_string(x) := upper(x) if is_string(x)

# attributes(r) is the resource's resolved Properties, {} when it has none.
attributes(r) := r.attributes if is_object(r.attributes)

attributes(r) := {} if not is_object(r.attributes)
