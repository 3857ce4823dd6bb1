# Builders of `kubernetes` input documents for the unit tests, shaped like the scanner's
# (see policies/README.md). No tests here.
package tollgate.kubernetes.documents_test

import rego.v1

# workload(kind, pod) is the document of a workload named web in namespace prod.
workload(kind, pod) := workload_spec(kind, {}, pod)

# workload_spec(kind, spec, pod) also sets fields of the object's spec (replicas…).
workload_spec(kind, spec, pod) := {
	"kind": "kubernetes",
	"path": "k8s/web.yaml",
	"resources": [{
		"address": address(kind),
		"type": kind,
		"name": "web",
		"namespace": "prod",
		"api_version": api_version(kind),
		"file": "k8s/web.yaml",
		"attributes": {
			"apiVersion": api_version(kind),
			"kind": kind,
			"metadata": {"name": "web", "namespace": "prod"},
			"spec": object_spec(kind, spec, pod),
		},
	}],
	"object": {"address": address(kind), "kind": kind, "namespace": "prod", "name": "web"},
	"workload": {"pod_path": pod_path(kind), "pod": pod},
	"containers": array.concat(
		array.concat(
			entries(kind, pod, "initContainers", true),
			entries(kind, pod, "containers", false),
		),
		entries(kind, pod, "ephemeralContainers", false),
	),
}

# object(kind, name, attributes) is the document of an object that has no pod spec.
object(kind, name, attributes) := {
	"kind": "kubernetes",
	"path": "k8s/object.yaml",
	"resources": [{
		"address": object_address(kind, name),
		"type": kind,
		"name": name,
		"namespace": namespace(kind),
		"api_version": "v1",
		"file": "k8s/object.yaml",
		"attributes": object.union({"apiVersion": "v1", "kind": kind, "metadata": {"name": name}}, attributes),
	}],
	"object": {"address": object_address(kind, name), "kind": kind, "namespace": namespace(kind), "name": name},
	"containers": [],
}

# The document of an empty file, as the scanner's start-up check evaluates it.
empty := {"kind": "kubernetes", "path": "", "resources": []}

cluster_scoped := {"ClusterRole", "ClusterRoleBinding", "Namespace", "PersistentVolume"}

object_address(kind, name) := sprintf("%s/%s", [kind, name]) if kind in cluster_scoped

object_address(kind, name) := sprintf("%s/prod/%s", [kind, name]) if not kind in cluster_scoped

namespace(kind) := "" if kind in cluster_scoped

namespace(kind) := "prod" if not kind in cluster_scoped

address(kind) := sprintf("%s/prod/web", [kind])

api_version(kind) := "v1" if kind in {"Pod", "ReplicationController"}

api_version(kind) := "batch/v1" if kind in {"Job", "CronJob"}

api_version(kind) := "apps/v1" if not kind in {"Pod", "ReplicationController", "Job", "CronJob"}

pod_path(kind) := ["spec"] if kind == "Pod"

pod_path(kind) := ["spec", "jobTemplate", "spec", "template", "spec"] if kind == "CronJob"

pod_path(kind) := ["spec", "template", "spec"] if not kind in {"Pod", "CronJob"}

object_spec(kind, _, pod) := pod if kind == "Pod"

object_spec(kind, spec, pod) := object.union(spec, {"jobTemplate": {"spec": {"template": {"spec": pod}}}}) if kind == "CronJob"

object_spec(kind, spec, pod) := object.union(spec, {"template": {"spec": pod}}) if not kind in {"Pod", "CronJob"}

entries(kind, pod, field, init) := [entry |
	some i, c in object.get(pod, field, [])
	entry := {
		"name": c.name,
		"init": init,
		"path": array.concat(pod_path(kind), [field, i]),
		"image": object.get(c, "image", null),
		"image_ref": image_ref(object.get(c, "image", null)),
		"spec": c,
	}
]

# image_ref(image) is a simplified version of the scanner's image reference parser.
image_ref(image) := null if not is_string(image)

image_ref(image) := {
	"registry": registry(name),
	"repository": repository(name),
	"tag": tag(name),
	"digest": digest(image),
} if {
	is_string(image)
	name := split(image, "@")[0]
}

digest(image) := split(image, "@")[1] if contains(image, "@")

digest(image) := null if not contains(image, "@")

last_segment(name) := segments[count(segments) - 1] if segments := split(name, "/")

tag(name) := split(last_segment(name), ":")[1] if contains(last_segment(name), ":")

tag(name) := null if not contains(last_segment(name), ":")

untagged(name) := trim_suffix(name, sprintf(":%s", [tag(name)])) if is_string(tag(name))

untagged(name) := name if not is_string(tag(name))

registry(name) := split(name, "/")[0] if explicit_registry(name)

registry(name) := "docker.io" if not explicit_registry(name)

explicit_registry(name) if {
	contains(name, "/")
	host := split(name, "/")[0]
	registry_host(host)
}

registry_host(host) if contains(host, ".")

registry_host(host) if contains(host, ":")

registry_host(host) if host == "localhost"

repository(name) := trim_prefix(untagged(name), sprintf("%s/", [registry(name)])) if explicit_registry(name)

repository(name) := untagged(name) if {
	not explicit_registry(name)
	contains(name, "/")
}

repository(name) := sprintf("library/%s", [untagged(name)]) if {
	not explicit_registry(name)
	not contains(name, "/")
}
