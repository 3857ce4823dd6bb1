# METADATA
# title: Containers request CPU and memory
# description: The scheduler places pods by their requests. A container that requests nothing is scheduled onto nodes that have no room for it, is the first evicted under memory pressure, and gives autoscalers nothing to work with. A limit without a request counts, since Kubernetes then sets the request to the limit. Ephemeral (debug) containers are not checked.
# custom:
#   id: TG-K8S-013
#   severity: low
#   dimension: reliability
#   kinds: [kubernetes]
#   frameworks: {aws-well-architected: ["REL05"]}
#   remediation: |
#     Request what the container needs at steady state:
#       containers:
#         - name: app
#           image: ghcr.io/acme/app:1.4.2
#           resources:
#             requests: {cpu: 100m, memory: 128Mi}
#             limits: {memory: 256Mi}
package tollgate.kubernetes.resource_requests

import rego.v1

deny contains finding if {
	some c in containers
	not "ephemeralContainers" in c.path
	missing := [name | some resource, name in {"cpu": "CPU", "memory": "memory"}; not requested(c, resource)]
	count(missing) > 0
	finding := {
		"resource": input.object.address,
		"path": array.concat(c.path, ["resources", "requests"]),
		"message": sprintf("Container %s of %s requests no %s.", [label(c), input.object.address, concat(" or ", missing)]),
	}
}

# requested(c, resource): a request, or a limit that Kubernetes copies into the request.
requested(c, resource) if object.get(section(c, "requests"), resource, null) != null

requested(c, resource) if object.get(section(c, "limits"), resource, null) != null

# A resources block that cannot be read (templated) is not reported.
requested(c, _) if {
	is_object(c.spec)
	resources := object.get(c.spec, "resources", null)
	resources != null
	not is_object(resources)
}

requested(c, _) if is_unknown(c.spec.resources)

requested(c, _) if is_unknown(c.spec.resources.requests)

section(c, name) := c.spec.resources[name] if is_object(c.spec.resources[name])

section(c, name) := {} if not is_object(c.spec.resources[name])

is_unknown(x) if {
	is_object(x)
	"__unknown__" in object.keys(x)
}

containers contains c if {
	some c in items(input.containers)
	is_object(c)
	is_array(c.path)
}

label(c) := c.name if is_string(c.name)

label(c) := "(unnamed)" if not is_string(c.name)

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
