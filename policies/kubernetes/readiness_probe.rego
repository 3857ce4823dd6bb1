# METADATA
# title: Serving containers have a readiness probe
# description: Without a readiness probe a pod receives Service traffic as soon as its containers start, before the application listens or has warmed up, so every rollout and restart drops requests. Checked on the app containers of Deployments and StatefulSets; init, ephemeral and Job containers are not.
# custom:
#   id: TG-K8S-012
#   severity: medium
#   dimension: deployment
#   kinds: [kubernetes]
#   frameworks: {aws-well-architected: ["REL11"]}
#   remediation: |
#     Probe an endpoint that succeeds only when the container can serve:
#       containers:
#         - name: app
#           image: ghcr.io/acme/app:1.4.2
#           readinessProbe:
#             httpGet: {path: /readyz, port: 8080}
#             periodSeconds: 5
#             failureThreshold: 3
package tollgate.kubernetes.readiness_probe

import rego.v1

deny contains finding if {
	input.object.kind in {"Deployment", "StatefulSet"}
	some c in app_containers
	object.get(c.spec, "readinessProbe", null) == null
	finding := {
		"resource": input.object.address,
		"path": c.path,
		"message": sprintf("Container %s of %s has no readiness probe.", [label(c), input.object.address]),
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
