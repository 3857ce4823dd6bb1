# METADATA
# title: Containers declare a health check
# description: Without a readiness or liveness probe Kubernetes sends traffic to a container that is still starting and keeps a hung one running forever. Checked on the long-running controllers (Deployment, StatefulSet, DaemonSet, ReplicaSet); init containers are not.
# custom:
#   id: TG-CONTAINER-005
#   severity: medium
#   dimension: reliability
#   kinds: [kubernetes]
#   frameworks: {aws-well-architected: ["REL11"], nist-800-53: ["SI-6"]}
#   remediation: |
#     Give each long-running container a readiness and a liveness probe:
#       containers:
#         - name: app
#           image: ghcr.io/acme/app:1.4.2
#           readinessProbe:
#             httpGet: {path: /healthz/ready, port: 8080}
#             periodSeconds: 5
#           livenessProbe:
#             httpGet: {path: /healthz/live, port: 8080}
#             initialDelaySeconds: 10
#             periodSeconds: 10
package tollgate.kubernetes.container_healthcheck

import rego.v1

deny contains finding if {
	input.object.kind in controllers
	some c in containers
	c.init == false
	not "ephemeralContainers" in c.path
	not has_probe(c)
	finding := {
		"resource": input.object.address,
		"path": c.path,
		"message": sprintf("Container %s of %s has neither a readiness nor a liveness probe.", [label(c), input.object.address]),
	}
}

controllers := {"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet"}

has_probe(c) if object.get(spec(c), "readinessProbe", null) != null

has_probe(c) if object.get(spec(c), "livenessProbe", null) != null

spec(c) := c.spec if is_object(c.spec)

spec(c) := {} if not is_object(c.spec)

containers contains c if {
	some c in items(input.containers)
	is_object(c)
	is_array(c.path)
}

label(c) := c.name if is_string(c.name)

label(c) := "(unnamed)" if not is_string(c.name)

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
