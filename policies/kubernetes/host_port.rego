# METADATA
# title: Containers do not bind host ports
# description: A hostPort opens the port on the node's own address, outside Services and most NetworkPolicy implementations, and limits the pod to one per node. Pods in the host network (reported by TG-CONTAINER-006) are not reported again here.
# custom:
#   id: TG-K8S-015
#   severity: medium
#   dimension: security
#   kinds: [kubernetes]
#   frameworks: {nist-800-53: ["CM-7", "SC-7"]}
#   remediation: |
#     Expose the container through a Service instead of a host port:
#       containers:
#         - name: app
#           image: ghcr.io/acme/app:1.4.2
#           ports:
#             - containerPort: 8080
#       ---
#       apiVersion: v1
#       kind: Service
#       spec:
#         selector: {app: web}
#         ports:
#           - port: 80
#             targetPort: 8080
package tollgate.kubernetes.host_port

import rego.v1

deny contains finding if {
	not host_network
	some c in containers
	some i, port in items(c.spec.ports)
	is_object(port)
	is_number(port.hostPort)
	port.hostPort > 0
	finding := {
		"resource": input.object.address,
		"path": array.concat(c.path, ["ports", i, "hostPort"]),
		"message": sprintf("Container %s of %s binds host port %d.", [label(c), input.object.address, port.hostPort]),
	}
}

host_network if input.workload.pod.hostNetwork == true

containers contains c if {
	some c in items(input.containers)
	is_object(c)
	is_array(c.path)
}

label(c) := c.name if is_string(c.name)

label(c) := "(unnamed)" if not is_string(c.name)

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
