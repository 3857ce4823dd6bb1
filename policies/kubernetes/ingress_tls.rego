# METADATA
# title: Ingresses terminate TLS
# description: An Ingress without a tls section serves its hosts over plain HTTP, so credentials, cookies and data cross the network in clear text and can be changed in transit. TLS terminated by the cloud load balancer through its certificate annotation (AWS Load Balancer Controller, GKE, Azure Application Gateway) counts.
# custom:
#   id: TG-K8S-021
#   severity: medium
#   dimension: security
#   kinds: [kubernetes]
#   frameworks: {nist-800-53: ["SC-8"], pci-dss-4.0: ["4.2.1"]}
#   remediation: |
#     Serve the hosts over TLS with a certificate kept in a Secret (cert-manager can issue it):
#       apiVersion: networking.k8s.io/v1
#       kind: Ingress
#       metadata:
#         name: web
#         annotations:
#           cert-manager.io/cluster-issuer: letsencrypt
#       spec:
#         tls:
#           - hosts: [shop.example.com]
#             secretName: shop-example-com-tls
#         rules:
#           - host: shop.example.com
package tollgate.kubernetes.ingress_tls

import rego.v1

# Annotations with which a cloud load balancer terminates TLS for the Ingress.
certificate_annotations := {
	"alb.ingress.kubernetes.io/certificate-arn",
	"ingress.gcp.kubernetes.io/pre-shared-cert",
	"networking.gke.io/managed-certificates",
	"appgw.ingress.kubernetes.io/appgw-ssl-certificate",
}

deny contains finding if {
	input.object.kind == "Ingress"
	some r in items(input.resources)
	r.address == input.object.address
	is_object(r.attributes.spec)
	tls := object.get(r.attributes.spec, "tls", null)
	no_tls(tls)
	not load_balancer_certificate(r)
	finding := {
		"resource": r.address,
		"path": ["spec", "tls"],
		"message": sprintf("%s serves its hosts without TLS.", [r.address]),
	}
}

no_tls(tls) if tls == null

no_tls(tls) if tls == []

load_balancer_certificate(r) if {
	is_object(r.attributes.metadata.annotations)
	some name, value in r.attributes.metadata.annotations
	name in certificate_annotations
	value != ""
	value != null
}

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
