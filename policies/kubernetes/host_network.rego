# METADATA
# title: Containers do not share the host network
# description: A pod on the host network sees every interface of the node, can bind its ports and reach services listening on localhost, and bypasses network policies.
# custom:
#   id: TG-CONTAINER-006
#   severity: high
#   dimension: security
#   kinds: [kubernetes]
#   frameworks: {cis-kubernetes: ["5.2.5"], nist-800-53: ["SC-7"]}
#   remediation: |
#     Remove hostNetwork and expose the pod through a Service:
#       spec:
#         hostNetwork: false
#         containers:
#           - name: app
#             image: ghcr.io/acme/app:1.4.2
#             ports:
#               - containerPort: 8080
package tollgate.kubernetes.host_network

import rego.v1

deny contains finding if {
	is_array(input.workload.pod_path)
	input.workload.pod.hostNetwork == true
	finding := {
		"resource": input.object.address,
		"path": array.concat(input.workload.pod_path, ["hostNetwork"]),
		"message": sprintf("%s runs its pods on the host network.", [input.object.address]),
	}
}
