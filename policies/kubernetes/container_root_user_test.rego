package tollgate.kubernetes.container_root_user_test

import rego.v1

import data.tollgate.kubernetes.container_root_user as policy
import data.tollgate.kubernetes.documents_test as docs

test_no_user_settings_fails if {
	findings := policy.deny with input as docs.workload("Deployment", {"containers": [{"name": "app", "image": "nginx:1.25"}]})
	count(findings) == 1
	some f in findings
	f.resource == "Deployment/prod/web"
	f.path == ["spec", "template", "spec", "containers", 0, "securityContext", "runAsNonRoot"]
}

test_run_as_user_zero_fails_even_with_run_as_non_root if {
	findings := policy.deny with input as docs.workload("Pod", {"containers": [{
		"name": "app",
		"image": "nginx:1.25",
		"securityContext": {"runAsNonRoot": true, "runAsUser": 0},
	}]})
	count(findings) == 1
	some f in findings
	f.path == ["spec", "containers", 0, "securityContext", "runAsUser"]
}

test_pod_run_as_user_zero_fails_at_the_pod if {
	findings := policy.deny with input as docs.workload("StatefulSet", {
		"securityContext": {"runAsUser": 0},
		"containers": [{"name": "db", "image": "postgres:16.2"}],
	})
	count(findings) == 1
	some f in findings
	f.path == ["spec", "template", "spec", "securityContext", "runAsUser"]
}

test_container_overrides_pod_non_root_fails if {
	findings := policy.deny with input as docs.workload("Deployment", {
		"securityContext": {"runAsNonRoot": true},
		"containers": [
			{"name": "app", "image": "nginx:1.25"},
			{"name": "debug", "image": "busybox:1.36", "securityContext": {"runAsNonRoot": false}},
		],
	})
	count(findings) == 1
	some f in findings
	f.path == ["spec", "template", "spec", "containers", 1, "securityContext", "runAsNonRoot"]
}

test_init_container_as_root_fails if {
	count(policy.deny) == 1 with input as docs.workload("Job", {
		"securityContext": {"runAsUser": 1000},
		"initContainers": [{"name": "chown", "image": "busybox:1.36", "securityContext": {"runAsUser": 0}}],
		"containers": [{"name": "job", "image": "acme/job:2.0"}],
	})
}

test_pod_run_as_non_root_passes if {
	count(policy.deny) == 0 with input as docs.workload("Deployment", {
		"securityContext": {"runAsNonRoot": true},
		"containers": [{"name": "app", "image": "nginx:1.25"}, {"name": "log", "image": "fluent/fluent-bit:3.0"}],
	})
}

test_non_zero_uid_passes if {
	count(policy.deny) == 0 with input as docs.workload("CronJob", {
		"securityContext": {"runAsUser": 10001},
		"containers": [{"name": "app", "image": "nginx:1.25"}],
		"initContainers": [{"name": "init", "image": "busybox:1.36", "securityContext": {"runAsUser": 65534, "runAsNonRoot": false}}],
	})
}

test_container_non_root_overrides_pod_root_passes if {
	count(policy.deny) == 0 with input as docs.workload("Deployment", {
		"securityContext": {"runAsUser": 0},
		"containers": [{"name": "app", "image": "nginx:1.25", "securityContext": {"runAsUser": 101}}],
	})
}

test_unknown_user_not_reported if {
	count(policy.deny) == 0 with input as docs.workload("Deployment", {"containers": [{
		"name": "app",
		"image": "nginx:1.25",
		"securityContext": {"runAsUser": {"__unknown__": "values.uid"}},
	}]})
}

test_null_security_contexts_fail_once if {
	count(policy.deny) == 1 with input as docs.workload("Deployment", {
		"securityContext": null,
		"containers": [{"name": "app", "image": "nginx:1.25", "securityContext": {"runAsUser": null}}],
	})
}

test_object_without_pod_passes if {
	count(policy.deny) == 0 with input as docs.object("Service", "web", {"spec": {"ports": [{"port": 80}]}})
}

test_empty_document_passes if {
	count(policy.deny) == 0 with input as docs.empty
}
