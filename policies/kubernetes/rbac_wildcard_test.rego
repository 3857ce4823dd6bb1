package tollgate.kubernetes.rbac_wildcard_test

import rego.v1

import data.tollgate.kubernetes.documents_test as docs
import data.tollgate.kubernetes.rbac_wildcard as policy

role(kind, rules) := docs.object(kind, "ops", {"apiVersion": "rbac.authorization.k8s.io/v1", "rules": rules})

test_wildcard_verbs_fail if {
	findings := policy.deny with input as role("Role", [
		{"apiGroups": [""], "resources": ["configmaps"], "verbs": ["get"]},
		{"apiGroups": ["apps"], "resources": ["deployments"], "verbs": ["*"]},
	])
	count(findings) == 1
	some f in findings
	f.resource == "Role/prod/ops"
	f.path == ["rules", 1]
	contains(f.message, "verbs")
}

test_cluster_admin_like_cluster_role_fails if {
	findings := policy.deny with input as role("ClusterRole", [{"apiGroups": ["*"], "resources": ["*"], "verbs": ["*"]}])
	count(findings) == 1
	some f in findings
	f.resource == "ClusterRole/ops"
	f.path == ["rules", 0]
	contains(f.message, "apiGroups and resources and verbs")
}

test_wildcard_resources_fail if {
	count(policy.deny) == 1 with input as role("ClusterRole", [{"apiGroups": [""], "resources": ["*"], "verbs": ["get", "list"]}])
}

test_specific_rules_pass if {
	count(policy.deny) == 0 with input as role("ClusterRole", [
		{"apiGroups": [""], "resources": ["pods", "pods/log"], "verbs": ["get", "list", "watch"]},
		{"nonResourceURLs": ["/healthz"], "verbs": ["get"]},
	])
}

test_wildcard_api_groups_alone_passes if {
	count(policy.deny) == 0 with input as role("Role", [{"apiGroups": ["*"], "resources": ["deployments"], "verbs": ["get"]}])
}

test_other_kinds_pass if {
	count(policy.deny) == 0 with input as docs.object("RoleBinding", "ops", {"rules": [{"verbs": ["*"]}]})
}

test_odd_rules_pass if {
	count(policy.deny) == 0 with input as role("Role", null)
	count(policy.deny) == 0 with input as role("Role", ["*", {"verbs": "*", "resources": null}, {"verbs": {"__unknown__": "values.verbs"}}])
}

test_aggregated_cluster_role_passes if {
	count(policy.deny) == 0 with input as docs.object("ClusterRole", "monitoring", {"aggregationRule": {"clusterRoleSelectors": [{"matchLabels": {"rbac.example.com/aggregate-to-monitoring": "true"}}]}, "rules": []})
}

test_empty_document_passes if {
	count(policy.deny) == 0 with input as docs.empty
}
