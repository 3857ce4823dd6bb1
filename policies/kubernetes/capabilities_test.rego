package tollgate.kubernetes.capabilities_test

import rego.v1

import data.tollgate.kubernetes.capabilities as policy
import data.tollgate.kubernetes.documents_test as docs

app(security_context) := {"containers": [{"name": "app", "image": "nginx:1.25", "securityContext": security_context}]}

test_no_drop_fails if {
	findings := policy.deny with input as docs.workload("Deployment", app({"runAsNonRoot": true}))
	count(findings) == 1
	some f in findings
	f.resource == "Deployment/prod/web"
	f.path == ["spec", "template", "spec", "containers", 0, "securityContext", "capabilities", "drop"]
}

test_partial_drop_fails if {
	count(policy.deny) == 1 with input as docs.workload("Pod", app({"capabilities": {"drop": ["NET_RAW", "MKNOD"]}}))
}

test_dangerous_add_fails if {
	findings := policy.deny with input as docs.workload("DaemonSet", app({"capabilities": {"drop": ["ALL"], "add": ["NET_BIND_SERVICE", "NET_ADMIN", "cap_sys_admin"]}}))
	count(findings) == 2
	{f.path | some f in findings} == {
		["spec", "template", "spec", "containers", 0, "securityContext", "capabilities", "add", 1],
		["spec", "template", "spec", "containers", 0, "securityContext", "capabilities", "add", 2],
	}
}

test_add_all_without_drop_fails_twice if {
	count(policy.deny) == 2 with input as docs.workload("StatefulSet", app({"capabilities": {"add": ["ALL"]}}))
}

test_init_container_fails if {
	count(policy.deny) == 1 with input as docs.workload("CronJob", {
		"initContainers": [{"name": "init", "image": "busybox:1.36"}],
		"containers": [{"name": "job", "image": "acme/job:1.0", "securityContext": {"capabilities": {"drop": ["ALL"]}}}],
	})
}

test_drop_all_passes if {
	count(policy.deny) == 0 with input as docs.workload("Deployment", app({"capabilities": {"drop": ["ALL"]}}))
	count(policy.deny) == 0 with input as docs.workload("Deployment", app({"capabilities": {"drop": ["all"], "add": ["NET_BIND_SERVICE", "CHOWN"]}}))
}

test_unknown_drop_passes if {
	count(policy.deny) == 0 with input as docs.workload("Deployment", app({"capabilities": {"drop": {"__unknown__": "values.drop"}}}))
}

test_odd_capabilities_fail_without_error if {
	count(policy.deny) == 1 with input as docs.workload("Deployment", app({"capabilities": {"drop": "ALL", "add": "SYS_ADMIN"}}))
	count(policy.deny) == 1 with input as docs.workload("Deployment", app({"capabilities": {"drop": [null, 3], "add": [null]}}))
	count(policy.deny) == 1 with input as docs.workload("Deployment", app(null))
}

test_empty_document_passes if {
	count(policy.deny) == 0 with input as docs.empty
}
