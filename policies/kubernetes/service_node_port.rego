# METADATA
# title: Services are not exposed on node ports
# description: A NodePort Service opens its port on every node of the cluster, bypassing the load balancer, its TLS and its access rules, and exposes the nodes' own addresses. Use a ClusterIP Service behind an Ingress or a LoadBalancer Service.
# custom:
#   id: TG-K8S-019
#   severity: low
#   dimension: security
#   kinds: [kubernetes]
#   frameworks: {nist-800-53: ["SC-7"]}
#   remediation: |
#     Keep the Service inside the cluster and expose it through an Ingress:
#       apiVersion: v1
#       kind: Service
#       spec:
#         type: ClusterIP
#         selector: {app: web}
#         ports:
#           - port: 80
#             targetPort: 8080
package tollgate.kubernetes.service_node_port

import rego.v1

deny contains finding if {
	input.object.kind == "Service"
	some r in items(input.resources)
	r.address == input.object.address
	r.attributes.spec.type == "NodePort"
	finding := {
		"resource": r.address,
		"path": ["spec", "type"],
		"message": sprintf("%s is exposed on a port of every node (type NodePort).", [r.address]),
	}
}

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
