package tollgate.kubernetes.seccomp_test

import rego.v1

import data.tollgate.kubernetes.documents_test as docs
import data.tollgate.kubernetes.seccomp as policy

runtime_default := {"seccompProfile": {"type": "RuntimeDefault"}}

test_no_profile_fails_once_per_pod if {
	findings := policy.deny with input as docs.workload("Deployment", {
		"initContainers": [{"name": "setup", "image": "busybox:1.36"}],
		"containers": [
			{"name": "app", "image": "ghcr.io/acme/app:1.4.2", "securityContext": {"runAsNonRoot": true}},
			{"name": "proxy", "image": "envoyproxy/envoy:v1.30.1", "securityContext": runtime_default},
		],
	})
	count(findings) == 1
	some f in findings
	f.resource == "Deployment/prod/web"
	f.path == ["spec", "template", "spec", "securityContext", "seccompProfile"]
	contains(f.message, "app, setup")
	not contains(f.message, "proxy")
}

test_unconfined_container_fails if {
	findings := policy.deny with input as docs.workload("Pod", {
		"securityContext": runtime_default,
		"containers": [{"name": "app", "image": "ghcr.io/acme/app:1.4.2", "securityContext": {"seccompProfile": {"type": "Unconfined"}}}],
	})
	count(findings) == 1
	some f in findings
	f.path == ["spec", "containers", 0, "securityContext", "seccompProfile", "type"]
	contains(f.message, "Unconfined")
}

test_unconfined_pod_fails if {
	findings := policy.deny with input as docs.workload("CronJob", {
		"securityContext": {"seccompProfile": {"type": "Unconfined"}},
		"containers": [{"name": "report", "image": "ghcr.io/acme/report:1.0"}],
	})
	count(findings) == 1
	some f in findings
	contains(f.message, "Unconfined")
}

# The pod-level profile applies to every container that sets none.
test_pod_profile_passes if {
	count(policy.deny) == 0 with input as docs.workload("Deployment", {
		"securityContext": runtime_default,
		"containers": [
			{"name": "app", "image": "ghcr.io/acme/app:1.4.2"},
			{"name": "proxy", "image": "envoyproxy/envoy:v1.30.1", "securityContext": {"seccompProfile": {"type": "Localhost", "localhostProfile": "profiles/envoy.json"}}},
		],
		"ephemeralContainers": [{"name": "debug", "image": "busybox:1.36", "securityContext": {"seccompProfile": {"type": "Unconfined"}}}],
	})
}

test_container_profiles_pass if {
	count(policy.deny) == 0 with input as docs.workload("StatefulSet", {"containers": [
		{"name": "db", "image": "postgres:16.2", "securityContext": runtime_default},
	]})
}

test_unknown_and_windows_pass if {
	count(policy.deny) == 0 with input as docs.workload("Deployment", {
		"securityContext": {"seccompProfile": {"type": {"__unknown__": "values.seccomp"}}},
		"containers": [{"name": "app", "image": "ghcr.io/acme/app:1.4.2"}],
	})
	count(policy.deny) == 0 with input as docs.workload("Deployment", {
		"securityContext": {"__unknown__": "values.podSecurityContext"},
		"containers": [{"name": "app", "image": "ghcr.io/acme/app:1.4.2", "securityContext": {"__unknown__": "values.securityContext"}}],
	})
	count(policy.deny) == 0 with input as docs.workload("Deployment", {
		"os": {"name": "windows"},
		"containers": [{"name": "app", "image": "mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022"}],
	})
}

test_objects_without_pods_pass if {
	count(policy.deny) == 0 with input as docs.object("Service", "web", {"spec": {}})
	count(policy.deny) == 0 with input as docs.empty
}
