package tollgate.kubernetes.single_replica_test

import rego.v1

import data.tollgate.kubernetes.documents_test as docs
import data.tollgate.kubernetes.single_replica as policy

pod := {"containers": [{"name": "app", "image": "nginx:1.25"}]}

test_one_replica_fails if {
	findings := policy.deny with input as docs.workload_spec("Deployment", {"replicas": 1}, pod)
	count(findings) == 1
	some f in findings
	f.resource == "Deployment/prod/web"
	f.path == ["spec", "replicas"]
	contains(f.message, "1 replica")
}

test_missing_replicas_fails if {
	count(policy.deny) == 1 with input as docs.workload("StatefulSet", pod)
}

test_empty_replicas_fails if {
	count(policy.deny) == 1 with input as docs.workload_spec("StatefulSet", {"replicas": null}, pod)
}

test_zero_replicas_fails if {
	count(policy.deny) == 1 with input as docs.workload_spec("Deployment", {"replicas": 0}, pod)
}

test_several_replicas_pass if {
	count(policy.deny) == 0 with input as docs.workload_spec("Deployment", {"replicas": 3}, pod)
	count(policy.deny) == 0 with input as docs.workload_spec("StatefulSet", {"replicas": 2}, pod)
}

test_other_kinds_pass if {
	count(policy.deny) == 0 with input as docs.workload("DaemonSet", pod)
	count(policy.deny) == 0 with input as docs.workload_spec("ReplicaSet", {"replicas": 1}, pod)
	count(policy.deny) == 0 with input as docs.workload("Pod", pod)
	count(policy.deny) == 0 with input as docs.workload("CronJob", pod)
}

test_unknown_replicas_pass if {
	count(policy.deny) == 0 with input as docs.workload_spec("Deployment", {"replicas": {"__unknown__": "values.replicas"}}, pod)
	count(policy.deny) == 0 with input as docs.workload_spec("Deployment", {"replicas": "{{ .Values.replicas }}"}, pod)
}

test_empty_document_passes if {
	count(policy.deny) == 0 with input as docs.empty
}
