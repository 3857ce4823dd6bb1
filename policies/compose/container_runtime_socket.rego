# METADATA
# title: The container runtime socket is not mounted
# description: Whoever can talk to the Docker, containerd or CRI-O socket can start a privileged container on the host, so mounting it hands the host to the service. Mounting a directory that holds the socket (/var/run, /run) is the same.
# custom:
#   id: TG-CONTAINER-003
#   severity: critical
#   dimension: security
#   kinds: [compose]
#   frameworks: {nist-800-53: ["AC-6", "SC-39"]}
#   remediation: |
#     Do not mount the socket. If a tool must talk to Docker, put a filtering proxy in front of it
#     and give the service only the API calls it needs:
#       services:
#         docker-proxy:
#           image: tecnativa/docker-socket-proxy:0.2.0
#           environment: {CONTAINERS: "1", POST: "0"}
#         traefik:
#           image: traefik:v3.0.4
#           command: ["--providers.docker.endpoint=tcp://docker-proxy:2375"]
package tollgate.compose.container_runtime_socket

import rego.v1

deny contains finding if {
	some s in items(input.services)
	is_string(s.address)
	some v in items(s.volumes)
	is_string(v.source)
	normalized(v.source) in socket_paths
	finding := {
		"resource": s.address,
		"path": ["volumes", v.index],
		"message": sprintf("Service %s mounts the container runtime socket (%s).", [label(s), v.source]),
	}
}

# The runtime sockets and the directories that contain them.
socket_paths := {
	"/var/run/docker.sock",
	"/run/docker.sock",
	"/var/run/containerd/containerd.sock",
	"/run/containerd/containerd.sock",
	"/var/run/crio/crio.sock",
	"/run/crio/crio.sock",
	"/var/run",
	"/run",
	"/var/run/docker",
	"/var/run/containerd",
	"/run/containerd",
	"/var/run/crio",
	"/run/crio",
}

# normalized(p) drops trailing slashes and repeated slashes.
normalized(p) := trim_right(regex.replace(p, `/+`, "/"), "/") if p != "/"

normalized("/") := "/"

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)

label(x) := x.name if is_string(x.name)

label(x) := x.address if not is_string(x.name)
