package tollgate.cloudformation.ecs_container_insights_test

import rego.v1

cluster(props) := {
	"address": "Cluster",
	"type": "AWS::ECS::Cluster",
	"name": "Cluster",
	"attributes": props,
	"refs": [],
}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "parameters": {}, "conditions": {}, "resources": resources}

test_no_settings_fails if {
	findings := data.tollgate.cloudformation.ecs_container_insights.deny with input as doc([cluster({})])
	count(findings) == 1
	some f in findings
	f.resource == "Cluster"
	f.path == ["ClusterSettings"]
}

test_disabled_fails if {
	findings := data.tollgate.cloudformation.ecs_container_insights.deny with input as doc([cluster({"ClusterSettings": [{"Name": "containerInsights", "Value": "disabled"}]})])
	count(findings) == 1
	some f in findings
	f.path == ["ClusterSettings", 0, "Value"]
}

test_enabled_and_enhanced_pass if {
	count(data.tollgate.cloudformation.ecs_container_insights.deny) == 0 with input as doc([cluster({"ClusterSettings": [{"Name": "containerInsights", "Value": "enabled"}]})])
	count(data.tollgate.cloudformation.ecs_container_insights.deny) == 0 with input as doc([cluster({"ClusterSettings": [{"Name": "containerInsights", "Value": "enhanced"}]})])
}

test_unknown_not_reported if {
	count(data.tollgate.cloudformation.ecs_container_insights.deny) == 0 with input as doc([cluster({"ClusterSettings": {"__unknown__": "Fn::If [\"Prod\",[],[]]"}})])
	count(data.tollgate.cloudformation.ecs_container_insights.deny) == 0 with input as doc([cluster({"ClusterSettings": [{"Name": "containerInsights", "Value": {"__unknown__": "Ref Insights"}}]})])
}
