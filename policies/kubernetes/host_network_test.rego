package tollgate.kubernetes.host_network_test

import rego.v1

import data.tollgate.kubernetes.documents_test as docs
import data.tollgate.kubernetes.host_network as policy

containers := [{"name": "app", "image": "nginx:1.25"}]

test_host_network_fails if {
	findings := policy.deny with input as docs.workload("DaemonSet", {"hostNetwork": true, "containers": containers})
	count(findings) == 1
	some f in findings
	f.resource == "DaemonSet/prod/web"
	f.path == ["spec", "template", "spec", "hostNetwork"]
}

test_host_network_of_pod_and_cronjob_fails if {
	some f in policy.deny with input as docs.workload("Pod", {"hostNetwork": true, "containers": containers})
	f.path == ["spec", "hostNetwork"]
	some g in policy.deny with input as docs.workload("CronJob", {"hostNetwork": true, "containers": containers})
	g.path == ["spec", "jobTemplate", "spec", "template", "spec", "hostNetwork"]
}

test_pod_network_passes if {
	count(policy.deny) == 0 with input as docs.workload("Deployment", {"hostNetwork": false, "containers": containers})
	count(policy.deny) == 0 with input as docs.workload("Deployment", {"containers": containers})
}

test_unknown_host_network_passes if {
	count(policy.deny) == 0 with input as docs.workload("Deployment", {"hostNetwork": {"__unknown__": "values.hostNetwork"}, "containers": containers})
}

test_object_without_pod_passes if {
	count(policy.deny) == 0 with input as docs.object("ConfigMap", "cfg", {"data": {"hostNetwork": "true"}})
}

test_empty_document_passes if {
	count(policy.deny) == 0 with input as docs.empty
}
