package tollgate.kubernetes.rolling_update_test

import rego.v1

import data.tollgate.kubernetes.documents_test as docs
import data.tollgate.kubernetes.rolling_update as policy

pod := {"containers": [{"name": "app", "image": "ghcr.io/acme/app:1.4.2"}]}

test_recreate_fails if {
	findings := policy.deny with input as docs.workload_spec("Deployment", {"replicas": 3, "strategy": {"type": "Recreate"}}, pod)
	count(findings) == 1
	some f in findings
	f.resource == "Deployment/prod/web"
	f.path == ["spec", "strategy", "type"]
	contains(f.message, "Recreate")
}

test_max_unavailable_all_replicas_fails if {
	findings := policy.deny with input as docs.workload_spec("Deployment", {"replicas": 3, "strategy": {"rollingUpdate": {"maxUnavailable": 3}}}, pod)
	count(findings) == 1
	some f in findings
	f.path == ["spec", "strategy", "rollingUpdate", "maxUnavailable"]
}

test_max_unavailable_percent_fails if {
	count(policy.deny) == 1 with input as docs.workload_spec("Deployment", {"strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": "100%"}}}, pod)
}

test_gradual_rollouts_pass if {
	count(policy.deny) == 0 with input as docs.workload_spec("Deployment", {"replicas": 3, "strategy": {"rollingUpdate": {"maxUnavailable": 1, "maxSurge": "25%"}}}, pod)
	count(policy.deny) == 0 with input as docs.workload_spec("Deployment", {"replicas": 2, "strategy": {"rollingUpdate": {"maxUnavailable": "50%"}}}, pod)
	count(policy.deny) == 0 with input as docs.workload_spec("Deployment", {"replicas": 2}, pod)
}

# An autoscaled Deployment omits replicas: a numeric maxUnavailable cannot be compared.
test_autoscaled_deployment_passes if {
	count(policy.deny) == 0 with input as docs.workload_spec("Deployment", {"strategy": {"rollingUpdate": {"maxUnavailable": 1}}}, pod)
}

test_unknown_values_pass if {
	count(policy.deny) == 0 with input as docs.workload_spec("Deployment", {"replicas": {"__unknown__": "values.replicas"}, "strategy": {"rollingUpdate": {"maxUnavailable": 2}}}, pod)
	count(policy.deny) == 0 with input as docs.workload_spec("Deployment", {"replicas": 2, "strategy": {"type": {"__unknown__": "values.strategy"}, "rollingUpdate": {"maxUnavailable": {"__unknown__": "x"}}}}, pod)
	count(policy.deny) == 0 with input as docs.workload_spec("Deployment", {"replicas": 2, "strategy": null}, pod)
}

test_other_kinds_pass if {
	count(policy.deny) == 0 with input as docs.workload_spec("StatefulSet", {"replicas": 3, "strategy": {"type": "Recreate"}}, pod)
	count(policy.deny) == 0 with input as docs.object("ConfigMap", "settings", {"data": {"strategy": "Recreate"}})
	count(policy.deny) == 0 with input as docs.empty
}
