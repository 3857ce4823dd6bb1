package tollgate.kubernetes.default_namespace_test

import rego.v1

import data.tollgate.kubernetes.default_namespace as policy
import data.tollgate.kubernetes.documents_test as docs

# object(kind, metadata): the document of an object as the scanner builds it, with the
# namespace `default` in its address when metadata names none.
object(kind, metadata) := {
	"kind": "kubernetes",
	"path": "k8s/app.yaml",
	"resources": [{
		"address": address(kind, metadata),
		"type": kind,
		"name": "web",
		"namespace": namespace(metadata),
		"api_version": "v1",
		"file": "k8s/app.yaml",
		"attributes": {"apiVersion": "v1", "kind": kind, "metadata": metadata},
	}],
	"object": {"address": address(kind, metadata), "kind": kind, "namespace": namespace(metadata), "name": "web"},
	"containers": [],
}

namespace(metadata) := metadata.namespace if is_string(metadata.namespace)

namespace(metadata) := "default" if not is_string(metadata.namespace)

address(kind, metadata) := sprintf("%s/%s/web", [kind, namespace(metadata)])

test_explicit_default_namespace_fails if {
	findings := policy.deny with input as object("Service", {"name": "web", "namespace": "default"})
	count(findings) == 1
	some f in findings
	f.resource == "Service/default/web"
	f.path == ["metadata", "namespace"]
	contains(f.message, "default namespace")
}

test_missing_namespace_fails if {
	findings := policy.deny with input as object("ConfigMap", {"name": "web", "labels": {"app": "web"}})
	count(findings) == 1
	some f in findings
	f.resource == "ConfigMap/default/web"
	f.path == ["metadata"]
	contains(f.message, "names no namespace")
}

test_workload_in_default_fails if {
	doc := docs.workload("Deployment", {"containers": [{"name": "app", "image": "ghcr.io/acme/app:1.4.2"}]})
	resource := object.union(doc.resources[0], {"attributes": object.union(doc.resources[0].attributes, {"metadata": {"name": "web", "namespace": "default"}})})
	count(policy.deny) == 1 with input as object.union(doc, {"resources": [resource]})
}

test_own_namespace_passes if {
	count(policy.deny) == 0 with input as object("Secret", {"name": "web", "namespace": "shop"})
	count(policy.deny) == 0 with input as docs.workload("Deployment", {"containers": [{"name": "app", "image": "ghcr.io/acme/app:1.4.2"}]})
}

# Cluster-scoped objects have no namespace; Roles and other kinds are out of scope.
test_other_kinds_pass if {
	count(policy.deny) == 0 with input as docs.object("ClusterRole", "reader", {"rules": []})
	count(policy.deny) == 0 with input as docs.object("Namespace", "default", {})
	count(policy.deny) == 0 with input as object("ServiceAccount", {"name": "web"})
}

test_unknown_and_odd_metadata_pass if {
	count(policy.deny) == 0 with input as object("Service", {"name": "web", "namespace": {"__unknown__": "Release.Namespace"}})
	count(policy.deny) == 0 with input as object("Service", null)
	count(policy.deny) == 0 with input as docs.empty
}
