package tollgate.terraform.codedeploy_blue_green_test

import rego.v1

app(platform) := {
	"address": "aws_codedeploy_app.web",
	"type": "aws_codedeploy_app",
	"name": "web",
	"mode": "managed",
	"attributes": object.union({"name": "web"}, platform),
	"refs": [],
}

group(attrs) := {
	"address": "aws_codedeploy_deployment_group.web",
	"type": "aws_codedeploy_deployment_group",
	"name": "web",
	"mode": "managed",
	"attributes": object.union({"app_name": "web", "deployment_group_name": "web"}, attrs),
	"refs": ["aws_codedeploy_app.web"],
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

test_default_in_place_fails if {
	findings := data.tollgate.terraform.codedeploy_blue_green.deny with input as doc([app({}), group({})])
	count(findings) == 1
	some f in findings
	f.resource == "aws_codedeploy_deployment_group.web"
	f.path == ["deployment_style"]
}

test_explicit_in_place_fails if {
	findings := data.tollgate.terraform.codedeploy_blue_green.deny with input as doc([
		app({"compute_platform": "Server"}),
		group({"deployment_style": [{"deployment_type": "IN_PLACE", "deployment_option": "WITH_TRAFFIC_CONTROL"}]}),
	])
	count(findings) == 1
	some f in findings
	f.path == ["deployment_style", 0, "deployment_type"]
}

test_server_group_without_app_fails if {
	count(data.tollgate.terraform.codedeploy_blue_green.deny) == 1 with input as doc([group({"app_name": {"__unknown__": "var.app"}, "autoscaling_groups": ["web"]})])
}

test_blue_green_passes if {
	count(data.tollgate.terraform.codedeploy_blue_green.deny) == 0 with input as doc([app({}), group({"deployment_style": [{"deployment_type": "BLUE_GREEN", "deployment_option": "WITH_TRAFFIC_CONTROL"}]})])
}

test_lambda_and_ecs_not_checked if {
	count(data.tollgate.terraform.codedeploy_blue_green.deny) == 0 with input as doc([app({"compute_platform": "Lambda"}), group({})])
	count(data.tollgate.terraform.codedeploy_blue_green.deny) == 0 with input as doc([group({"app_name": "api", "ecs_service": [{"cluster_name": "main", "service_name": "api"}]})])
}

test_unknown_not_reported if {
	count(data.tollgate.terraform.codedeploy_blue_green.deny) == 0 with input as doc([app({"compute_platform": {"__unknown__": "var.platform"}}), group({})])
	count(data.tollgate.terraform.codedeploy_blue_green.deny) == 0 with input as doc([app({}), group({"deployment_style": {"__unknown__": "var.style"}})])
	count(data.tollgate.terraform.codedeploy_blue_green.deny) == 0 with input as doc([app({}), group({"deployment_style": [{"deployment_type": {"__unknown__": "var.type"}}]})])
	count(data.tollgate.terraform.codedeploy_blue_green.deny) == 0 with input as doc([group({"app_name": {"__unknown__": "var.app"}})])
}

test_apps_of_several_platforms_not_reported if {
	lambda_app := object.union(app({"compute_platform": "Lambda"}), {"address": "aws_codedeploy_app.web[\"api\"]"})
	server_app := object.union(app({"compute_platform": "Server"}), {"address": "aws_codedeploy_app.web[\"site\"]"})
	count(data.tollgate.terraform.codedeploy_blue_green.deny) == 0 with input as doc([lambda_app, server_app, group({"app_name": {"__unknown__": "aws_codedeploy_app.web[each.key].name", "__ref__": "aws_codedeploy_app.web"}})])
}
