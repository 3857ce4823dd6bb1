# METADATA
# title: Long-running containers have a liveness probe
# description: Without a liveness probe the kubelet restarts a container only when its process exits, so a deadlocked or hung server keeps its pod and its share of traffic forever. Checked on the app containers of Deployments, StatefulSets and DaemonSets; init, ephemeral and Job containers are not.
# custom:
#   id: TG-K8S-011
#   severity: low
#   dimension: reliability
#   kinds: [kubernetes]
#   frameworks: {aws-well-architected: ["REL11"]}
#   remediation: |
#     Probe an endpoint that fails only when the process must be restarted:
#       containers:
#         - name: app
#           image: ghcr.io/acme/app:1.4.2
#           livenessProbe:
#             httpGet: {path: /livez, port: 8080}
#             periodSeconds: 10
#             failureThreshold: 3
package tollgate.kubernetes.liveness_probe

import rego.v1

deny contains finding if {
	input.object.kind in {"Deployment", "StatefulSet", "DaemonSet"}
	some c in app_containers
	object.get(c.spec, "livenessProbe", null) == null
	finding := {
		"resource": input.object.address,
		"path": c.path,
		"message": sprintf("Container %s of %s has no liveness probe.", [label(c), input.object.address]),
	}
}

# app_containers are the regular containers (not init nor ephemeral) with a written spec.
app_containers contains c if {
	some c in items(input.containers)
	is_object(c)
	is_array(c.path)
	count(c.path) >= 2
	c.path[count(c.path) - 2] == "containers"
	is_object(c.spec)
}

label(c) := c.name if is_string(c.name)

label(c) := "(unnamed)" if not is_string(c.name)

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
