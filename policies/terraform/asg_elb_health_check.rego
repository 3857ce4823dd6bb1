# METADATA
# title: Auto Scaling groups behind load balancers use load balancer health checks
# description: With the default EC2 health check an Auto Scaling group replaces an instance only when EC2 reports it impaired; an instance whose application has died keeps running, fails every load balancer health check, and is never replaced, so the group silently runs short of capacity. A group counts as behind a load balancer through target_group_arns, load_balancers, an ELB traffic_source, or an aws_autoscaling_attachment or aws_autoscaling_traffic_source_attachment of the configuration.
# custom:
#   id: TG-AWS-ASG-002
#   severity: medium
#   dimension: deployment
#   kinds: [terraform]
#   frameworks: {aws-well-architected: ["REL11"]}
#   remediation: |
#     Let the load balancer's health checks decide, with a grace period for startup:
#       resource "aws_autoscaling_group" "web" {
#         name                      = "web"
#         min_size                  = 2
#         max_size                  = 6
#         vpc_zone_identifier       = var.private_subnet_ids
#         target_group_arns         = [aws_lb_target_group.web.arn]
#         health_check_type         = "ELB"
#         health_check_grace_period = 120
#         launch_template {
#           id      = aws_launch_template.web.id
#           version = "$Latest"
#         }
#       }
package tollgate.terraform.asg_elb_health_check

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("aws_autoscaling_group")
	not r.mode == "data"
	is_object(r.attributes)
	behind_load_balancer(r)
	type := object.get(r.attributes, "health_check_type", "EC2")
	is_string(type)
	not elb_checked(type)
	finding := {
		"resource": r.address,
		"path": ["health_check_type"],
		"message": sprintf("Auto Scaling group %s is behind a load balancer but uses %s health checks, so instances failing the load balancer's checks are never replaced.", [r.address, type]),
	}
}

# elb_checked(type) holds when the health check types (a comma-separated list) include ELB.
elb_checked(type) if {
	some t in split(type, ",")
	upper(trim_space(t)) == "ELB"
}

behind_load_balancer(r) if non_empty(r.attributes.target_group_arns)

behind_load_balancer(r) if non_empty(r.attributes.load_balancers)

behind_load_balancer(r) if {
	some source in items(r.attributes.traffic_source)
	elb_source(source)
}

behind_load_balancer(r) if {
	some a in lib.resources("aws_autoscaling_attachment")
	not a.mode == "data"
	is_object(a.attributes)
	for_group(a, r)
	some attribute in ["lb_target_group_arn", "elb"]
	not object.get(a.attributes, attribute, null) in {null, ""}
}

behind_load_balancer(r) if {
	some a in lib.resources("aws_autoscaling_traffic_source_attachment")
	not a.mode == "data"
	for_group(a, r)
	some source in items(a.attributes.traffic_source)
	elb_source(source)
}

# elb_source(s) holds for a traffic source that is a Classic, Application, Network or Gateway
# Load Balancer (not a VPC Lattice target group).
elb_source(s) if {
	is_object(s)
	object.get(s, "type", "elbv2") in {"elb", "elbv2"}
}

# for_group(a, r): attachment a names Auto Scaling group r.
for_group(a, r) if same_resource(a.attributes.autoscaling_group_name.__ref__, r.address)

for_group(a, r) if {
	name := a.attributes.autoscaling_group_name
	is_string(name)
	name == r.attributes.name
}

non_empty(x) if {
	is_array(x)
	count(x) > 0
}

# same_resource(ref, address): ref names the resource at address, or all instances of its count/for_each.
same_resource(ref, address) if ref == address

same_resource(ref, address) if ref == regex.replace(address, `\[[^\]]*\]$`, "")

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
