# METADATA
# title: Containers set CPU and memory limits
# description: A container without a memory limit can exhaust the node's memory and get its neighbours killed; one without a CPU limit can starve them. Ephemeral (debug) containers cannot have resources and are not checked.
# custom:
#   id: TG-K8S-003
#   severity: medium
#   dimension: reliability
#   kinds: [kubernetes]
#   frameworks: {aws-well-architected: ["REL05"], nist-800-53: ["SC-6"]}
#   remediation: |
#     Set requests and limits for CPU and memory:
#       containers:
#         - name: app
#           image: ghcr.io/acme/app:1.4.2
#           resources:
#             requests: {cpu: 100m, memory: 128Mi}
#             limits: {cpu: 500m, memory: 256Mi}
package tollgate.kubernetes.resource_limits

import rego.v1

deny contains finding if {
	some c in containers
	not "ephemeralContainers" in c.path
	missing := [name | some resource, name in {"cpu": "CPU", "memory": "memory"}; not has_limit(c, resource)]
	count(missing) > 0
	finding := {
		"resource": input.object.address,
		"path": array.concat(c.path, ["resources", "limits"]),
		"message": sprintf("Container %s of %s sets no %s limit.", [label(c), input.object.address, concat(" or ", missing)]),
	}
}

has_limit(c, resource) if object.get(limits(c), resource, null) != null

limits(c) := c.spec.resources.limits if is_object(c.spec.resources.limits)

limits(c) := {} if not is_object(c.spec.resources.limits)

containers contains c if {
	some c in items(input.containers)
	is_object(c)
	is_array(c.path)
}

label(c) := c.name if is_string(c.name)

label(c) := "(unnamed)" if not is_string(c.name)

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
