# METADATA
# title: Containers use a read-only root filesystem
# description: A writable root filesystem lets an intruder drop tools and change binaries or configuration inside the container. Mount an emptyDir where the application needs to write. Ephemeral (debug) containers are not checked.
# custom:
#   id: TG-K8S-006
#   severity: low
#   dimension: security
#   kinds: [kubernetes]
#   frameworks: {nist-800-53: ["CM-5", "SI-7"]}
#   remediation: |
#     Make the root filesystem read-only and give the application a scratch directory:
#       containers:
#         - name: app
#           image: ghcr.io/acme/app:1.4.2
#           securityContext:
#             readOnlyRootFilesystem: true
#           volumeMounts:
#             - {name: tmp, mountPath: /tmp}
#       volumes:
#         - name: tmp
#           emptyDir: {}
package tollgate.kubernetes.read_only_root_filesystem

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some c in containers
	not "ephemeralContainers" in c.path
	setting := object.get(security_context(c), "readOnlyRootFilesystem", null)
	setting != true
	not lib.is_unknown(setting)
	finding := {
		"resource": input.object.address,
		"path": array.concat(c.path, ["securityContext", "readOnlyRootFilesystem"]),
		"message": sprintf("Container %s of %s does not use a read-only root filesystem.", [label(c), input.object.address]),
	}
}

security_context(c) := c.spec.securityContext if is_object(c.spec.securityContext)

security_context(c) := {} if not is_object(c.spec.securityContext)

containers contains c if {
	some c in items(input.containers)
	is_object(c)
	is_array(c.path)
}

label(c) := c.name if is_string(c.name)

label(c) := "(unnamed)" if not is_string(c.name)

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
