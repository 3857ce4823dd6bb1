package tollgate.kubernetes.host_port_test

import rego.v1

import data.tollgate.kubernetes.documents_test as docs
import data.tollgate.kubernetes.host_port as policy

test_host_port_fails if {
	findings := policy.deny with input as docs.workload("DaemonSet", {"containers": [{
		"name": "agent",
		"image": "ghcr.io/acme/agent:2.1.0",
		"ports": [{"name": "metrics", "containerPort": 9100}, {"name": "otlp", "containerPort": 4317, "hostPort": 4317}],
	}]})
	count(findings) == 1
	some f in findings
	f.resource == "DaemonSet/prod/web"
	f.path == ["spec", "template", "spec", "containers", 0, "ports", 1, "hostPort"]
	contains(f.message, "4317")
}

test_init_container_host_port_fails if {
	count(policy.deny) == 1 with input as docs.workload("Pod", {
		"initContainers": [{"name": "setup", "image": "busybox:1.36", "ports": [{"containerPort": 80, "hostPort": 8080}]}],
		"containers": [{"name": "app", "image": "ghcr.io/acme/app:1.4.2"}],
	})
}

test_container_ports_pass if {
	count(policy.deny) == 0 with input as docs.workload("Deployment", {"containers": [{
		"name": "app",
		"image": "ghcr.io/acme/app:1.4.2",
		"ports": [{"containerPort": 8080, "protocol": "TCP"}, {"containerPort": 9090, "hostPort": 0}],
	}]})
}

test_host_network_and_unknown_pass if {
	count(policy.deny) == 0 with input as docs.workload("DaemonSet", {"hostNetwork": true, "containers": [{"name": "agent", "image": "ghcr.io/acme/agent:2.1.0", "ports": [{"containerPort": 9100, "hostPort": 9100}]}]})
	count(policy.deny) == 0 with input as docs.workload("Deployment", {"containers": [{"name": "app", "image": "ghcr.io/acme/app:1.4.2", "ports": [{"containerPort": 80, "hostPort": {"__unknown__": "values.hostPort"}}]}]})
	count(policy.deny) == 0 with input as docs.workload("Deployment", {"containers": [{"name": "app", "image": "ghcr.io/acme/app:1.4.2", "ports": {"__unknown__": "values.ports"}}]})
}

test_objects_without_pods_pass if {
	count(policy.deny) == 0 with input as docs.object("Service", "web", {"spec": {"type": "NodePort", "ports": [{"port": 80, "nodePort": 30080}]}})
	count(policy.deny) == 0 with input as docs.empty
}
