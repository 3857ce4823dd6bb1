package tollgate.kubernetes.container_healthcheck_test

import rego.v1

import data.tollgate.kubernetes.container_healthcheck as policy
import data.tollgate.kubernetes.documents_test as docs

probe := {"httpGet": {"path": "/healthz", "port": 8080}}

test_container_without_probes_fails if {
	findings := policy.deny with input as docs.workload("Deployment", {"containers": [
		{"name": "app", "image": "nginx:1.25", "readinessProbe": probe},
		{"name": "sidecar", "image": "envoyproxy/envoy:v1.30.1", "startupProbe": probe},
	]})
	count(findings) == 1
	some f in findings
	f.resource == "Deployment/prod/web"
	f.path == ["spec", "template", "spec", "containers", 1]
	contains(f.message, "sidecar")
}

test_statefulset_daemonset_and_replicaset_fail if {
	pod := {"containers": [{"name": "db", "image": "postgres:16.2"}]}
	count(policy.deny) == 1 with input as docs.workload("StatefulSet", pod)
	count(policy.deny) == 1 with input as docs.workload("DaemonSet", pod)
	count(policy.deny) == 1 with input as docs.workload("ReplicaSet", pod)
}

test_liveness_or_readiness_passes if {
	count(policy.deny) == 0 with input as docs.workload("Deployment", {"containers": [
		{"name": "app", "image": "nginx:1.25", "livenessProbe": probe},
		{"name": "worker", "image": "acme/worker:3.1", "readinessProbe": {"exec": {"command": ["/bin/ready"]}}},
	]})
}

test_init_containers_are_not_checked if {
	count(policy.deny) == 0 with input as docs.workload("Deployment", {
		"initContainers": [{"name": "migrate", "image": "acme/migrate:3.1"}],
		"containers": [{"name": "app", "image": "nginx:1.25", "readinessProbe": probe, "livenessProbe": probe}],
	})
}

test_pods_jobs_and_cronjobs_are_not_checked if {
	pod := {"containers": [{"name": "task", "image": "acme/task:1.0"}]}
	count(policy.deny) == 0 with input as docs.workload("Pod", pod)
	count(policy.deny) == 0 with input as docs.workload("Job", pod)
	count(policy.deny) == 0 with input as docs.workload("CronJob", pod)
}

test_null_probe_fails if {
	count(policy.deny) == 1 with input as docs.workload("Deployment", {"containers": [{"name": "app", "image": "nginx:1.25", "livenessProbe": null}]})
}

test_unknown_probe_passes if {
	count(policy.deny) == 0 with input as docs.workload("Deployment", {"containers": [{"name": "app", "image": "nginx:1.25", "livenessProbe": {"__unknown__": "values.probe"}}]})
}

test_empty_document_passes if {
	count(policy.deny) == 0 with input as docs.empty
}
