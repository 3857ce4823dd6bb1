# METADATA
# title: Pods do not mount host paths
# description: A hostPath volume exposes the node's filesystem to the pod; a writable one lets it plant files the node will run, a read-only one can still leak credentials and other pods' data. Use persistent volumes, emptyDir, ConfigMaps or Secrets instead.
# custom:
#   id: TG-K8S-007
#   severity: medium
#   dimension: security
#   kinds: [kubernetes]
#   frameworks: {cis-kubernetes: ["5.2.12"], nist-800-53: ["AC-3", "AC-6"]}
#   remediation: |
#     Replace the hostPath volume with a volume the pod owns:
#       volumes:
#         - name: data
#           persistentVolumeClaim:
#             claimName: app-data
#         - name: cache
#           emptyDir: {}
package tollgate.kubernetes.host_path_volume

import rego.v1

deny contains finding if {
	is_array(input.workload.pod_path)
	some i, v in items(input.workload.pod.volumes)
	object.get(object_or_empty(v), "hostPath", null) != null
	finding := {
		"resource": input.object.address,
		"path": array.concat(input.workload.pod_path, ["volumes", i]),
		"message": sprintf("%s mounts the host path %s in volume %s.", [input.object.address, host_path(v), volume_name(v)]),
	}
}

host_path(v) := v.hostPath.path if is_string(v.hostPath.path)

host_path(v) := "(unknown)" if not is_string(v.hostPath.path)

volume_name(v) := v.name if is_string(v.name)

volume_name(v) := "(unnamed)" if not is_string(v.name)

object_or_empty(x) := x if is_object(x)

object_or_empty(x) := {} if not is_object(x)

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
