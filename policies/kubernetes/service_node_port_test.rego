package tollgate.kubernetes.service_node_port_test

import rego.v1

import data.tollgate.kubernetes.documents_test as docs
import data.tollgate.kubernetes.service_node_port as policy

test_node_port_fails if {
	findings := policy.deny with input as docs.object("Service", "web", {"spec": {"type": "NodePort", "selector": {"app": "web"}, "ports": [{"port": 80, "nodePort": 30080}]}})
	count(findings) == 1
	some f in findings
	f.resource == "Service/prod/web"
	f.path == ["spec", "type"]
}

test_cluster_ip_and_load_balancer_pass if {
	count(policy.deny) == 0 with input as docs.object("Service", "web", {"spec": {"selector": {"app": "web"}, "ports": [{"port": 30080}]}})
	count(policy.deny) == 0 with input as docs.object("Service", "web", {"spec": {"type": "LoadBalancer", "ports": [{"port": 443}]}})
	count(policy.deny) == 0 with input as docs.object("Service", "web", {"spec": {"type": "ClusterIP", "clusterIP": "None"}})
}

test_unknown_and_other_kinds_pass if {
	count(policy.deny) == 0 with input as docs.object("Service", "web", {"spec": {"type": {"__unknown__": "values.service.type"}}})
	count(policy.deny) == 0 with input as docs.object("Service", "web", {"spec": null})
	count(policy.deny) == 0 with input as docs.object("ConfigMap", "web", {"data": {"type": "NodePort"}})
	count(policy.deny) == 0 with input as docs.empty
}
