# METADATA
# title: Pods do not share the host PID or IPC namespace
# description: With hostPID a container sees and can signal or trace every process of the node; with hostIPC it can read the shared memory of every other process on it.
# custom:
#   id: TG-K8S-001
#   severity: high
#   dimension: security
#   kinds: [kubernetes]
#   frameworks: {cis-kubernetes: ["5.2.3", "5.2.4"], nist-800-53: ["SC-39"]}
#   remediation: |
#     Remove hostPID and hostIPC (they default to false):
#       spec:
#         hostPID: false
#         hostIPC: false
#         containers:
#           - name: app
#             image: ghcr.io/acme/app:1.4.2
package tollgate.kubernetes.host_namespaces

import rego.v1

deny contains finding if {
	is_array(input.workload.pod_path)
	some field, namespace in {"hostPID": "PID", "hostIPC": "IPC"}
	input.workload.pod[field] == true
	finding := {
		"resource": input.object.address,
		"path": array.concat(input.workload.pod_path, [field]),
		"message": sprintf("%s shares the host %s namespace (%s: true).", [input.object.address, namespace, field]),
	}
}
