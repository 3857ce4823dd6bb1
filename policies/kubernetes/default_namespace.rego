# METADATA
# title: Workloads are not deployed to the default namespace
# description: "The default namespace is shared by everything applied without a namespace, so quotas, network policies and RBAC cannot be scoped to the application, and a stray `kubectl delete` hits unrelated objects. An object that names no namespace lands in whatever namespace the kubectl context points at, usually default; set it in the manifest (or with kustomize's namespace field). Checked on workloads, Services, ConfigMaps and Secrets."
# custom:
#   id: TG-K8S-016
#   severity: low
#   dimension: automation
#   kinds: [kubernetes]
#   frameworks: {cis-kubernetes: ["5.7.4"]}
#   remediation: |
#     Give the application its own namespace and name it in every object:
#       apiVersion: v1
#       kind: Namespace
#       metadata:
#         name: shop
#       ---
#       apiVersion: apps/v1
#       kind: Deployment
#       metadata:
#         name: web
#         namespace: shop
package tollgate.kubernetes.default_namespace

import rego.v1

checked_kinds := {
	"Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob",
	"ReplicationController", "Service", "ConfigMap", "Secret",
}

deny contains finding if {
	some r in objects
	r.attributes.metadata.namespace == "default"
	finding := {
		"resource": r.address,
		"path": ["metadata", "namespace"],
		"message": sprintf("%s %s is deployed to the default namespace.", [input.object.kind, object_name(r)]),
	}
}

deny contains finding if {
	some r in objects
	object.get(r.attributes.metadata, "namespace", null) == null
	finding := {
		"resource": r.address,
		"path": ["metadata"],
		"message": sprintf("%s %s names no namespace, so it is applied to the current kubectl namespace, usually default.", [input.object.kind, object_name(r)]),
	}
}

object_name(r) := r.attributes.metadata.name if is_string(r.attributes.metadata.name)

object_name(r) := "(unnamed)" if not is_string(r.attributes.metadata.name)

# The object when it is of a checked kind and has a metadata mapping.
objects contains r if {
	input.object.kind in checked_kinds
	some r in items(input.resources)
	r.address == input.object.address
	is_object(r.attributes.metadata)
}

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
