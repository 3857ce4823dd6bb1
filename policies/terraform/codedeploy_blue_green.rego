# METADATA
# title: Server deployments are blue/green
# description: An in-place CodeDeploy deployment stops the application on the running EC2 instances and installs the new revision on them, so capacity drops during every release and rolling back means deploying the old revision again onto the same instances. A blue/green deployment brings up a replacement fleet, shifts traffic to it only when it is healthy, and keeps the old fleet to go back to. Lambda and ECS deployment groups are always blue/green and are not checked; groups whose compute platform cannot be told are not reported.
# custom:
#   id: TG-AWS-CD-002
#   severity: low
#   dimension: deployment
#   kinds: [terraform]
#   frameworks: {aws-well-architected: ["OPS06"]}
#   remediation: |
#     Deploy to a replacement fleet behind the load balancer:
#       resource "aws_codedeploy_deployment_group" "web" {
#         app_name              = aws_codedeploy_app.web.name
#         deployment_group_name = "web"
#         service_role_arn      = aws_iam_role.codedeploy.arn
#         autoscaling_groups    = [aws_autoscaling_group.web.name]
#         deployment_style {
#           deployment_type   = "BLUE_GREEN"
#           deployment_option = "WITH_TRAFFIC_CONTROL"
#         }
#         blue_green_deployment_config {
#           green_fleet_provisioning_option {
#             action = "COPY_AUTO_SCALING_GROUP"
#           }
#           terminate_blue_instances_on_deployment_success {
#             action                           = "TERMINATE"
#             termination_wait_time_in_minutes = 60
#           }
#         }
#         load_balancer_info {
#           target_group_info {
#             name = aws_lb_target_group.web.name
#           }
#         }
#       }
package tollgate.terraform.codedeploy_blue_green

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in server_groups
	object.get(r.attributes, "deployment_style", null) in {null, []}
	finding := {
		"resource": r.address,
		"path": ["deployment_style"],
		"message": sprintf("CodeDeploy deployment group %s deploys in place (the default), replacing the application on the running servers.", [r.address]),
	}
}

deny contains finding if {
	some r in server_groups
	some i, style in items(r.attributes.deployment_style)
	is_object(style)
	type := object.get(style, "deployment_type", "IN_PLACE")
	is_string(type)
	upper(type) != "BLUE_GREEN"
	finding := {
		"resource": r.address,
		"path": ["deployment_style", i, "deployment_type"],
		"message": sprintf("CodeDeploy deployment group %s deploys in place, replacing the application on the running servers.", [r.address]),
	}
}

# server_groups are the deployment groups known to deploy to EC2 or on-premises servers.
server_groups contains r if {
	some r in lib.resources("aws_codedeploy_deployment_group")
	not r.mode == "data"
	is_object(r.attributes)
	platforms(r) == {"Server"}
}

# platforms(g) are the compute platforms of the applications deployment group g may belong to.
platforms(g) := apps if {
	apps := {object.get(app.attributes, "compute_platform", "Server") |
		some app in lib.resources("aws_codedeploy_app")
		is_object(app.attributes)
		for_app(g, app)
	}
	count(apps) > 0
}

# Without the application in the configuration, the group's targets tell the platform.
platforms(g) := {"ECS"} if {
	not app_known(g)
	some block in items(g.attributes.ecs_service)
	is_object(block)
}

platforms(g) := {"Server"} if {
	not app_known(g)
	count(items(object.get(g.attributes, "ecs_service", []))) == 0
	some attribute in ["ec2_tag_set", "ec2_tag_filter", "autoscaling_groups", "on_premises_instance_tag_filter"]
	not object.get(g.attributes, attribute, null) in {null, []}
}

app_known(g) if {
	some app in lib.resources("aws_codedeploy_app")
	for_app(g, app)
}

for_app(g, app) if same_resource(g.attributes.app_name.__ref__, app.address)

for_app(g, app) if {
	name := g.attributes.app_name
	is_string(name)
	name == app.attributes.name
}

# same_resource(ref, address): ref names the resource at address, or all instances of its count/for_each.
same_resource(ref, address) if ref == address

same_resource(ref, address) if ref == regex.replace(address, `\[[^\]]*\]$`, "")

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
