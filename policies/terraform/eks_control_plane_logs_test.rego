package tollgate.terraform.eks_control_plane_logs_test

import rego.v1

cluster(attrs) := {
	"address": "aws_eks_cluster.main",
	"type": "aws_eks_cluster",
	"name": "main",
	"mode": "managed",
	"attributes": object.union({"name": "main", "vpc_config": [{"subnet_ids": ["subnet-1", "subnet-2"]}]}, attrs),
	"refs": [],
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

test_no_logs_fails if {
	findings := data.tollgate.terraform.eks_control_plane_logs.deny with input as doc([cluster({})])
	count(findings) == 1
	some f in findings
	f.resource == "aws_eks_cluster.main"
	f.path == ["enabled_cluster_log_types"]
	contains(f.message, "api and audit")
}

test_audit_missing_fails if {
	findings := data.tollgate.terraform.eks_control_plane_logs.deny with input as doc([cluster({"enabled_cluster_log_types": ["api", "authenticator"]})])
	count(findings) == 1
	some f in findings
	contains(f.message, "its audit control")
}

test_empty_list_fails if {
	count(data.tollgate.terraform.eks_control_plane_logs.deny) == 1 with input as doc([cluster({"enabled_cluster_log_types": []})])
}

test_api_and_audit_pass if {
	count(data.tollgate.terraform.eks_control_plane_logs.deny) == 0 with input as doc([cluster({"enabled_cluster_log_types": ["audit", "api"]})])
}

test_unknown_not_reported if {
	count(data.tollgate.terraform.eks_control_plane_logs.deny) == 0 with input as doc([cluster({"enabled_cluster_log_types": {"__unknown__": "var.log_types"}})])
	count(data.tollgate.terraform.eks_control_plane_logs.deny) == 0 with input as doc([cluster({"enabled_cluster_log_types": ["api", {"__unknown__": "var.extra_log_type"}]})])
}
