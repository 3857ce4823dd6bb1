package tollgate.kubernetes.read_only_root_filesystem_test

import rego.v1

import data.tollgate.kubernetes.documents_test as docs
import data.tollgate.kubernetes.read_only_root_filesystem as policy

test_writable_root_fails if {
	findings := policy.deny with input as docs.workload("StatefulSet", {"containers": [
		{"name": "db", "image": "postgres:16.2"},
		{"name": "exporter", "image": "quay.io/prometheuscommunity/postgres-exporter:v0.15.0", "securityContext": {"readOnlyRootFilesystem": true}},
	]})
	count(findings) == 1
	some f in findings
	f.resource == "StatefulSet/prod/web"
	f.path == ["spec", "template", "spec", "containers", 0, "securityContext", "readOnlyRootFilesystem"]
}

test_explicit_false_and_init_fail if {
	count(policy.deny) == 2 with input as docs.workload("Pod", {
		"initContainers": [{"name": "init", "image": "busybox:1.36"}],
		"containers": [{"name": "app", "image": "nginx:1.25", "securityContext": {"readOnlyRootFilesystem": false}}],
	})
}

test_read_only_root_passes if {
	count(policy.deny) == 0 with input as docs.workload("CronJob", {"containers": [{"name": "job", "image": "acme/job:1.0", "securityContext": {"readOnlyRootFilesystem": true}}]})
}

test_ephemeral_containers_are_not_checked if {
	count(policy.deny) == 0 with input as docs.workload("Pod", {
		"containers": [{"name": "app", "image": "nginx:1.25", "securityContext": {"readOnlyRootFilesystem": true}}],
		"ephemeralContainers": [{"name": "debugger", "image": "busybox:1.36"}],
	})
}

test_unknown_setting_passes if {
	count(policy.deny) == 0 with input as docs.workload("Deployment", {"containers": [{"name": "app", "image": "nginx:1.25", "securityContext": {"readOnlyRootFilesystem": {"__unknown__": "values.ro"}}}]})
}

test_null_security_context_fails if {
	count(policy.deny) == 1 with input as docs.workload("Deployment", {"containers": [{"name": "app", "image": "nginx:1.25", "securityContext": null}]})
}

test_empty_document_passes if {
	count(policy.deny) == 0 with input as docs.empty
}
