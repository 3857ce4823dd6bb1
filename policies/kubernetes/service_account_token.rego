# METADATA
# title: Pods do not mount service account tokens they do not need
# description: "Unless told otherwise Kubernetes mounts a token of the pod's service account into every container, so anyone who gets code execution in the pod can call the API server with that account's rights. Most applications never use it. Set automountServiceAccountToken: false on the pod; a pod that sets it to true explicitly declares that it calls the API and is not reported. The setting on the ServiceAccount object is not visible to this per-object check, so set it on the pod as well."
# custom:
#   id: TG-K8S-017
#   severity: low
#   dimension: security
#   kinds: [kubernetes]
#   frameworks: {cis-kubernetes: ["5.1.6"], nist-800-53: ["AC-6"]}
#   remediation: |
#     Do not mount the token into pods that do not call the Kubernetes API:
#       spec:
#         automountServiceAccountToken: false
#         containers:
#           - name: app
#             image: ghcr.io/acme/app:1.4.2
package tollgate.kubernetes.service_account_token

import rego.v1

deny contains finding if {
	is_array(input.workload.pod_path)
	is_object(input.workload.pod)
	object.get(input.workload.pod, "automountServiceAccountToken", null) == null
	finding := {
		"resource": input.object.address,
		"path": input.workload.pod_path,
		"message": sprintf("%s does not set automountServiceAccountToken: false, so its containers get a service account token.", [input.object.address]),
	}
}
