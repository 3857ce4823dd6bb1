package tollgate.cloudformation.eks_control_plane_logs_test

import rego.v1

cluster(props) := {
	"address": "Cluster",
	"type": "AWS::EKS::Cluster",
	"name": "Cluster",
	"attributes": object.union({"Name": "main", "ResourcesVpcConfig": {"SubnetIds": ["subnet-1", "subnet-2"]}}, props),
	"refs": [],
}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "parameters": {}, "conditions": {}, "resources": resources}

logging(types) := {"Logging": {"ClusterLogging": {"EnabledTypes": [{"Type": t} | some t in types]}}}

test_no_logging_fails if {
	findings := data.tollgate.cloudformation.eks_control_plane_logs.deny with input as doc([cluster({})])
	count(findings) == 1
	some f in findings
	f.resource == "Cluster"
	f.path == ["Logging", "ClusterLogging", "EnabledTypes"]
}

test_api_missing_fails if {
	findings := data.tollgate.cloudformation.eks_control_plane_logs.deny with input as doc([cluster(logging(["audit", "scheduler"]))])
	count(findings) == 1
	some f in findings
	contains(f.message, "its api control")
}

test_api_and_audit_pass if {
	count(data.tollgate.cloudformation.eks_control_plane_logs.deny) == 0 with input as doc([cluster(logging(["api", "audit", "authenticator"]))])
}

test_unknown_not_reported if {
	count(data.tollgate.cloudformation.eks_control_plane_logs.deny) == 0 with input as doc([cluster({"Logging": {"__unknown__": "Fn::If [\"Prod\",{},{}]"}})])
	count(data.tollgate.cloudformation.eks_control_plane_logs.deny) == 0 with input as doc([cluster({"Logging": {"ClusterLogging": {"EnabledTypes": [{"Type": "api"}, {"Type": {"__unknown__": "Ref ExtraLog"}}]}}})])
}
