# METADATA
# title: The container runtime socket is not mounted
# description: Whoever can talk to the Docker, containerd or CRI-O socket can start a privileged container on the node, so mounting it hands the node to the pod. Mounting a directory that holds the socket (/var/run, /run) is the same.
# custom:
#   id: TG-CONTAINER-003
#   severity: critical
#   dimension: security
#   kinds: [kubernetes]
#   frameworks: {nist-800-53: ["AC-6", "SC-39"]}
#   remediation: |
#     Do not mount the runtime socket. Build images with a daemonless builder (BuildKit rootless,
#     kaniko) and read container metadata from the Kubernetes API instead:
#       spec:
#         containers:
#           - name: builder
#             image: gcr.io/kaniko-project/executor:v1.23.0
#             volumeMounts:
#               - {name: workspace, mountPath: /workspace}
#         volumes:
#           - name: workspace
#             emptyDir: {}
package tollgate.kubernetes.container_runtime_socket

import rego.v1

deny contains finding if {
	is_array(input.workload.pod_path)
	some i, v in items(input.workload.pod.volumes)
	is_string(v.hostPath.path)
	runtime_socket_path(v.hostPath.path)
	finding := {
		"resource": input.object.address,
		"path": array.concat(input.workload.pod_path, ["volumes", i, "hostPath", "path"]),
		"message": sprintf("%s mounts the container runtime socket (host path %s) in volume %s.", [input.object.address, v.hostPath.path, volume_name(v)]),
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

runtime_socket_path(p) if normalized(p) in socket_paths

# normalized(p) drops trailing slashes and repeated slashes.
normalized(p) := trim_right(regex.replace(p, `/+`, "/"), "/") if p != "/"

normalized("/") := "/"

volume_name(v) := v.name if is_string(v.name)

volume_name(v) := "(unnamed)" if not is_string(v.name)

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
