package tollgate.kubernetes.container_runtime_socket_test

import rego.v1

import data.tollgate.kubernetes.container_runtime_socket as policy
import data.tollgate.kubernetes.documents_test as docs

pod_with_volumes(volumes) := {"containers": [{"name": "app", "image": "docker:26.1"}], "volumes": volumes}

test_docker_socket_fails if {
	findings := policy.deny with input as docs.workload("DaemonSet", pod_with_volumes([
		{"name": "tmp", "emptyDir": {}},
		{"name": "docker", "hostPath": {"path": "/var/run/docker.sock", "type": "Socket"}},
	]))
	count(findings) == 1
	some f in findings
	f.resource == "DaemonSet/prod/web"
	f.path == ["spec", "template", "spec", "volumes", 1, "hostPath", "path"]
}

test_containerd_socket_in_cronjob_fails if {
	findings := policy.deny with input as docs.workload("CronJob", pod_with_volumes([{"name": "sock", "hostPath": {"path": "/run/containerd/containerd.sock"}}]))
	count(findings) == 1
	some f in findings
	f.path == ["spec", "jobTemplate", "spec", "template", "spec", "volumes", 0, "hostPath", "path"]
}

test_socket_directories_fail if {
	count(policy.deny) == 3 with input as docs.workload("Pod", pod_with_volumes([
		{"name": "a", "hostPath": {"path": "/var/run/"}},
		{"name": "b", "hostPath": {"path": "/run"}},
		{"name": "c", "hostPath": {"path": "/var/run/crio/crio.sock"}},
	]))
}

test_other_volumes_pass if {
	count(policy.deny) == 0 with input as docs.workload("Deployment", pod_with_volumes([
		{"name": "logs", "hostPath": {"path": "/var/log"}},
		{"name": "secrets", "hostPath": {"path": "/run/secrets/app"}},
		{"name": "cache", "emptyDir": {}},
		{"name": "config", "configMap": {"name": "docker.sock"}},
	]))
}

test_odd_volumes_pass if {
	count(policy.deny) == 0 with input as docs.workload("Deployment", pod_with_volumes([
		{"name": "a", "hostPath": null},
		{"name": "b", "hostPath": {"path": 3}},
		{"name": "c", "hostPath": {"path": {"__unknown__": "values.socket"}}},
		"not-a-volume",
	]))
}

test_volumes_not_a_list_pass if {
	count(policy.deny) == 0 with input as docs.workload("Deployment", pod_with_volumes(null))
}

test_object_without_pod_passes if {
	count(policy.deny) == 0 with input as docs.object("PersistentVolume", "pv", {"spec": {"hostPath": {"path": "/var/run/docker.sock"}}})
}

test_empty_document_passes if {
	count(policy.deny) == 0 with input as docs.empty
}
