package tollgate.kubernetes.host_namespaces_test

import rego.v1

import data.tollgate.kubernetes.documents_test as docs
import data.tollgate.kubernetes.host_namespaces as policy

containers := [{"name": "app", "image": "nginx:1.25"}]

test_host_pid_fails if {
	findings := policy.deny with input as docs.workload("Pod", {"hostPID": true, "containers": containers})
	count(findings) == 1
	some f in findings
	f.resource == "Pod/prod/web"
	f.path == ["spec", "hostPID"]
}

test_host_pid_and_ipc_fail_twice if {
	findings := policy.deny with input as docs.workload("DaemonSet", {"hostPID": true, "hostIPC": true, "containers": containers})
	count(findings) == 2
	{f.path | some f in findings} == {["spec", "template", "spec", "hostPID"], ["spec", "template", "spec", "hostIPC"]}
}

test_private_namespaces_pass if {
	count(policy.deny) == 0 with input as docs.workload("Deployment", {"hostPID": false, "hostIPC": false, "containers": containers})
	count(policy.deny) == 0 with input as docs.workload("CronJob", {"containers": containers})
}

test_unknown_values_pass if {
	count(policy.deny) == 0 with input as docs.workload("Deployment", {"hostPID": {"__unknown__": "values.pid"}, "hostIPC": "true", "containers": containers})
}

test_object_without_pod_passes if {
	count(policy.deny) == 0 with input as docs.object("ConfigMap", "cfg", {"data": {"hostPID": "true"}})
}

test_empty_document_passes if {
	count(policy.deny) == 0 with input as docs.empty
}
