package tollgate.kubernetes.host_path_volume_test

import rego.v1

import data.tollgate.kubernetes.documents_test as docs
import data.tollgate.kubernetes.host_path_volume as policy

pod(volumes) := {"containers": [{"name": "agent", "image": "fluent/fluent-bit:3.0"}], "volumes": volumes}

test_host_path_fails if {
	findings := policy.deny with input as docs.workload("DaemonSet", pod([
		{"name": "config", "configMap": {"name": "fluent-bit"}},
		{"name": "varlog", "hostPath": {"path": "/var/log", "type": "Directory"}},
	]))
	count(findings) == 1
	some f in findings
	f.resource == "DaemonSet/prod/web"
	f.path == ["spec", "template", "spec", "volumes", 1]
	contains(f.message, "/var/log")
}

test_host_paths_in_cronjob_fail if {
	findings := policy.deny with input as docs.workload("CronJob", pod([
		{"name": "a", "hostPath": {"path": "/etc"}},
		{"name": "b", "hostPath": {"path": {"__unknown__": "values.path"}}},
	]))
	count(findings) == 2
	some f in findings
	f.path == ["spec", "jobTemplate", "spec", "template", "spec", "volumes", 0]
}

test_other_volumes_pass if {
	count(policy.deny) == 0 with input as docs.workload("StatefulSet", pod([
		{"name": "data", "persistentVolumeClaim": {"claimName": "data"}},
		{"name": "tmp", "emptyDir": {"medium": "Memory"}},
		{"name": "tls", "secret": {"secretName": "tls"}},
	]))
}

test_odd_volumes_pass if {
	count(policy.deny) == 0 with input as docs.workload("Pod", pod(["hostPath", {"name": "x", "hostPath": null}]))
	count(policy.deny) == 0 with input as docs.workload("Pod", pod({"hostPath": {"path": "/"}}))
}

test_persistent_volume_is_not_a_pod if {
	count(policy.deny) == 0 with input as docs.object("PersistentVolume", "local", {"spec": {"hostPath": {"path": "/mnt/data"}}})
}

test_empty_document_passes if {
	count(policy.deny) == 0 with input as docs.empty
}
