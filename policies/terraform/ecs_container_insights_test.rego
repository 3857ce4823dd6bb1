package tollgate.terraform.ecs_container_insights_test

import rego.v1

cluster(attrs) := {
	"address": "aws_ecs_cluster.main",
	"type": "aws_ecs_cluster",
	"name": "main",
	"mode": "managed",
	"attributes": object.union({"name": "main"}, attrs),
	"refs": [],
}

account_setting(value) := {
	"address": "aws_ecs_account_setting_default.insights",
	"type": "aws_ecs_account_setting_default",
	"name": "insights",
	"mode": "managed",
	"attributes": {"name": "containerInsights", "value": value},
	"refs": [],
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

test_no_setting_fails if {
	findings := data.tollgate.terraform.ecs_container_insights.deny with input as doc([cluster({})])
	count(findings) == 1
	some f in findings
	f.resource == "aws_ecs_cluster.main"
	f.path == ["setting"]
}

test_disabled_fails if {
	findings := data.tollgate.terraform.ecs_container_insights.deny with input as doc([cluster({"setting": [{"name": "containerInsights", "value": "disabled"}]})])
	count(findings) == 1
	some f in findings
	f.path == ["setting", 0, "value"]
}

test_enabled_and_enhanced_pass if {
	count(data.tollgate.terraform.ecs_container_insights.deny) == 0 with input as doc([cluster({"setting": [{"name": "containerInsights", "value": "enabled"}]})])
	count(data.tollgate.terraform.ecs_container_insights.deny) == 0 with input as doc([cluster({"setting": [{"name": "containerInsights", "value": "enhanced"}]})])
}

test_account_default_passes if {
	count(data.tollgate.terraform.ecs_container_insights.deny) == 0 with input as doc([cluster({}), account_setting("enhanced")])
}

test_account_default_off_fails if {
	count(data.tollgate.terraform.ecs_container_insights.deny) == 1 with input as doc([cluster({}), account_setting("disabled")])
}

test_account_default_does_not_override_disabled if {
	count(data.tollgate.terraform.ecs_container_insights.deny) == 1 with input as doc([cluster({"setting": [{"name": "containerInsights", "value": "disabled"}]}), account_setting("enabled")])
}

test_unknown_not_reported if {
	count(data.tollgate.terraform.ecs_container_insights.deny) == 0 with input as doc([cluster({"setting": {"__unknown__": "var.settings"}})])
	count(data.tollgate.terraform.ecs_container_insights.deny) == 0 with input as doc([cluster({"setting": [{"name": "containerInsights", "value": {"__unknown__": "var.insights"}}]})])
	count(data.tollgate.terraform.ecs_container_insights.deny) == 0 with input as doc([cluster({"setting": [{"name": {"__unknown__": "each.key"}, "value": "enabled"}]})])
}
