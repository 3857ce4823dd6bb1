# METADATA
# title: Containers do not run as root
# description: A container that may run as UID 0 is root on the node's kernel; one bug in the runtime or a mounted path away from owning the node. A container passes when its effective runAsNonRoot is true or its effective runAsUser is a non-zero UID (the container's securityContext overrides the pod's); runAsUser 0 always fails.
# custom:
#   id: TG-CONTAINER-002
#   severity: high
#   dimension: security
#   kinds: [kubernetes]
#   frameworks: {cis-kubernetes: ["5.2.7"], nist-800-53: ["AC-6"]}
#   remediation: |
#     Run as a non-root UID, at pod level or per container:
#       spec:
#         securityContext:
#           runAsNonRoot: true
#           runAsUser: 10001
#           runAsGroup: 10001
#         containers:
#           - name: app
#             image: ghcr.io/acme/app:1.4.2
package tollgate.kubernetes.container_root_user

import rego.v1

import data.tollgate.lib

# An explicit UID 0, in the container or inherited from the pod.
deny contains finding if {
	some c in containers
	setting := effective(c, "runAsUser")
	setting.value == 0
	finding := {
		"resource": input.object.address,
		"path": setting.path,
		"message": sprintf("Container %s of %s runs as root (runAsUser 0).", [label(c), input.object.address]),
	}
}

# Nothing keeps the container from running as root: no runAsNonRoot true, no non-zero UID.
deny contains finding if {
	some c in containers
	not effective(c, "runAsUser").value == 0
	not non_root(effective(c, "runAsNonRoot").value)
	not non_root_uid(effective(c, "runAsUser").value)
	not unknown_setting(c)
	finding := {
		"resource": input.object.address,
		"path": array.concat(c.path, ["securityContext", "runAsNonRoot"]),
		"message": sprintf("Container %s of %s may run as root: set runAsNonRoot to true or a non-zero runAsUser.", [label(c), input.object.address]),
	}
}

# effective(c, field) is {"value", "path"} of a securityContext field for container c: the
# container's own setting, or else the pod's.
effective(c, field) := {"value": v, "path": array.concat(c.path, ["securityContext", field])} if {
	v := c.spec.securityContext[field]
	v != null
}

effective(c, field) := {"value": v, "path": array.concat(pod_path, ["securityContext", field])} if {
	not container_sets(c, field)
	v := input.workload.pod.securityContext[field]
	v != null
}

container_sets(c, field) if c.spec.securityContext[field] != null

non_root(v) if v == true

non_root_uid(v) if {
	is_number(v)
	v > 0
}

# A value the scanner could not know is not reported.
unknown_setting(c) if lib.is_unknown(effective(c, "runAsNonRoot").value)

unknown_setting(c) if lib.is_unknown(effective(c, "runAsUser").value)

pod_path := input.workload.pod_path if is_array(input.workload.pod_path)

containers contains c if {
	some c in items(input.containers)
	is_object(c)
	is_array(c.path)
}

label(c) := c.name if is_string(c.name)

label(c) := "(unnamed)" if not is_string(c.name)

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
