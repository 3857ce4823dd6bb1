package tollgate.kubernetes.liveness_probe_test

import rego.v1

import data.tollgate.kubernetes.documents_test as docs
import data.tollgate.kubernetes.liveness_probe as policy

probe := {"httpGet": {"path": "/livez", "port": 8080}}

test_missing_liveness_probe_fails if {
	findings := policy.deny with input as docs.workload("Deployment", {"containers": [
		{"name": "app", "image": "ghcr.io/acme/app:1.4.2", "readinessProbe": probe},
		{"name": "proxy", "image": "envoyproxy/envoy:v1.30.1", "livenessProbe": probe},
	]})
	count(findings) == 1
	some f in findings
	f.resource == "Deployment/prod/web"
	f.path == ["spec", "template", "spec", "containers", 0]
	contains(f.message, "app")
}

test_daemonset_and_statefulset_fail if {
	count(policy.deny) == 1 with input as docs.workload("DaemonSet", {"containers": [{"name": "agent", "image": "fluent/fluent-bit:3.0.4", "livenessProbe": null}]})
	count(policy.deny) == 1 with input as docs.workload("StatefulSet", {"containers": [{"name": "db", "image": "postgres:16.2"}]})
}

# Init containers run to completion and cannot have a liveness probe; Jobs and bare Pods are not long-running controllers.
test_init_containers_and_jobs_pass if {
	count(policy.deny) == 0 with input as docs.workload("Deployment", {
		"initContainers": [{"name": "migrate", "image": "ghcr.io/acme/migrate:1.4.2"}],
		"containers": [{"name": "app", "image": "ghcr.io/acme/app:1.4.2", "livenessProbe": probe}],
		"ephemeralContainers": [{"name": "debug", "image": "busybox:1.36"}],
	})
	count(policy.deny) == 0 with input as docs.workload("Job", {"containers": [{"name": "report", "image": "ghcr.io/acme/report:1.0"}]})
	count(policy.deny) == 0 with input as docs.workload("CronJob", {"containers": [{"name": "report", "image": "ghcr.io/acme/report:1.0"}]})
}

test_unknown_probe_passes if {
	count(policy.deny) == 0 with input as docs.workload("Deployment", {"containers": [{"name": "app", "image": "ghcr.io/acme/app:1.4.2", "livenessProbe": {"__unknown__": "values.probe"}}]})
}

test_objects_without_pods_pass if {
	count(policy.deny) == 0 with input as docs.object("Service", "web", {"spec": {"ports": [{"port": 80}]}})
	count(policy.deny) == 0 with input as docs.empty
}
