# METADATA
# title: Pods do not share the host PID or IPC namespace
# description: "With pid: host a container sees and can signal or trace every process of the host; with ipc: host it can read the shared memory of every other process on it. Sharing the namespace of another service (service:db, container:x) is not reported."
# custom:
#   id: TG-K8S-001
#   severity: high
#   dimension: security
#   kinds: [compose]
#   frameworks: {nist-800-53: ["SC-39"]}
#   remediation: |
#     Remove pid and ipc (each container gets its own namespaces), or share them only with
#     another service:
#       services:
#         app:
#           image: ghcr.io/acme/app:1.4.2
#         sidecar:
#           image: ghcr.io/acme/profiler:0.9.1
#           pid: "service:app"
package tollgate.compose.compose_host_pid

import rego.v1

deny contains finding if {
	some r in items(input.resources)
	r.type == "service"
	is_object(r.attributes)
	some field, namespace in {"pid": "PID", "ipc": "IPC"}
	value := r.attributes[field]
	is_string(value)
	lower(trim_space(value)) == "host"
	finding := {
		"resource": r.address,
		"path": [field],
		"message": sprintf("Service %s shares the host %s namespace (%s: host).", [label(r), namespace, field]),
	}
}

label(x) := x.name if is_string(x.name)

label(x) := x.address if not is_string(x.name)

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
