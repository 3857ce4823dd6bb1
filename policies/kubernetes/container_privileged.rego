# METADATA
# title: Containers do not run privileged
# description: A privileged container has every capability and every device of the node; escaping it to the host is trivial. Init and ephemeral containers are checked too.
# custom:
#   id: TG-CONTAINER-001
#   severity: critical
#   dimension: security
#   kinds: [kubernetes]
#   frameworks: {cis-kubernetes: ["5.2.2"], nist-800-53: ["AC-6", "CM-7"]}
#   remediation: |
#     Remove `privileged: true` and grant only the capabilities the process needs:
#       containers:
#         - name: app
#           image: ghcr.io/acme/app:1.4.2
#           securityContext:
#             privileged: false
#             allowPrivilegeEscalation: false
#             capabilities:
#               drop: ["ALL"]
package tollgate.kubernetes.container_privileged

import rego.v1

deny contains finding if {
	some c in containers
	c.spec.securityContext.privileged == true
	finding := {
		"resource": input.object.address,
		"path": array.concat(c.path, ["securityContext", "privileged"]),
		"message": sprintf("Container %s of %s runs privileged.", [label(c), input.object.address]),
	}
}

# containers are the object's containers (none for objects without a pod spec).
containers contains c if {
	some c in items(input.containers)
	is_object(c)
	is_array(c.path)
}

label(c) := c.name if is_string(c.name)

label(c) := "(unnamed)" if not is_string(c.name)

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
