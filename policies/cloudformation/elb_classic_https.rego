# METADATA
# title: Classic load balancers do not serve plain HTTP
# description: A Classic Load Balancer listener with protocol HTTP serves requests, cookies and credentials unencrypted and, unlike an application load balancer, cannot redirect them to HTTPS. The protocol towards the instances (InstanceProtocol) is not checked.
# custom:
#   id: TG-AWS-ELB-008
#   severity: medium
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SC-8"], pci-dss-4.0: ["4.2.1"]}
#   remediation: |
#     Serve HTTPS only (or move to an application load balancer that redirects HTTP):
#       Listeners:
#         - LoadBalancerPort: "443"
#           Protocol: HTTPS
#           InstancePort: "8080"
#           InstanceProtocol: HTTP
#           SSLCertificateId: !Ref CertificateArn
package tollgate.cloudformation.elb_classic_https

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::ElasticLoadBalancing::LoadBalancer")
	is_object(r.attributes)
	some i, listener in items(r.attributes.Listeners)
	is_object(listener)
	protocol := listener.Protocol
	is_string(protocol)
	upper(protocol) == "HTTP"
	finding := {
		"resource": r.address,
		"path": ["Listeners", i, "Protocol"],
		"message": sprintf("Classic load balancer %s serves plain HTTP on port %v.", [r.address, object.get(listener, "LoadBalancerPort", "?")]),
	}
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
