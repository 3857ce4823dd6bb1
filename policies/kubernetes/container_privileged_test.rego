package tollgate.kubernetes.container_privileged_test

import rego.v1

import data.tollgate.kubernetes.container_privileged as policy
import data.tollgate.kubernetes.documents_test as docs

test_privileged_container_fails if {
	findings := policy.deny with input as docs.workload("Deployment", {"containers": [
		{"name": "app", "image": "nginx:1.25", "securityContext": {"privileged": true}},
		{"name": "sidecar", "image": "envoyproxy/envoy:v1.30.1", "securityContext": {"privileged": false}},
	]})
	count(findings) == 1
	some f in findings
	f.resource == "Deployment/prod/web"
	f.path == ["spec", "template", "spec", "containers", 0, "securityContext", "privileged"]
	contains(f.message, "app")
}

test_privileged_init_container_of_cronjob_fails if {
	findings := policy.deny with input as docs.workload("CronJob", {
		"containers": [{"name": "backup", "image": "postgres:16.2"}],
		"initContainers": [{"name": "setup", "image": "busybox:1.36", "securityContext": {"privileged": true}}],
	})
	count(findings) == 1
	some f in findings
	f.resource == "CronJob/prod/web"
	f.path == ["spec", "jobTemplate", "spec", "template", "spec", "initContainers", 0, "securityContext", "privileged"]
}

test_unprivileged_containers_pass if {
	count(policy.deny) == 0 with input as docs.workload("Pod", {"containers": [
		{"name": "app", "image": "nginx:1.25", "securityContext": {"privileged": false}},
		{"name": "sidecar", "image": "envoyproxy/envoy:v1.30.1"},
	]})
}

test_odd_security_contexts_pass if {
	count(policy.deny) == 0 with input as docs.workload("Deployment", {"containers": [
		{"name": "a", "image": "nginx:1.25", "securityContext": null},
		{"name": "b", "image": "nginx:1.25", "securityContext": {"privileged": "maybe"}},
		{"name": "c", "image": "nginx:1.25", "securityContext": {"privileged": {"__unknown__": "values.privileged"}}},
	]})
}

test_object_without_pod_passes if {
	count(policy.deny) == 0 with input as docs.object("ConfigMap", "settings", {"data": {"privileged": "true"}})
}

test_empty_document_passes if {
	count(policy.deny) == 0 with input as docs.empty
}
