package tollgate.terraform.asg_elb_health_check_test

import rego.v1

group(attrs) := {
	"address": "aws_autoscaling_group.web",
	"type": "aws_autoscaling_group",
	"name": "web",
	"mode": "managed",
	"attributes": object.union({"name": "web", "min_size": 2, "max_size": 6}, attrs),
	"refs": [],
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

tg := {"__unknown__": "aws_lb_target_group.web.arn", "__ref__": "aws_lb_target_group.web"}

test_target_group_with_ec2_check_fails if {
	findings := data.tollgate.terraform.asg_elb_health_check.deny with input as doc([group({"target_group_arns": [tg]})])
	count(findings) == 1
	some f in findings
	f.resource == "aws_autoscaling_group.web"
	f.path == ["health_check_type"]
}

test_classic_elb_with_explicit_ec2_fails if {
	count(data.tollgate.terraform.asg_elb_health_check.deny) == 1 with input as doc([group({"load_balancers": ["web-elb"], "health_check_type": "EC2"})])
}

test_attachment_fails if {
	attachment := {
		"address": "aws_autoscaling_attachment.web",
		"type": "aws_autoscaling_attachment",
		"name": "web",
		"mode": "managed",
		"attributes": {"autoscaling_group_name": {"__unknown__": "aws_autoscaling_group.web.id", "__ref__": "aws_autoscaling_group.web"}, "lb_target_group_arn": tg},
		"refs": ["aws_autoscaling_group.web", "aws_lb_target_group.web"],
	}
	count(data.tollgate.terraform.asg_elb_health_check.deny) == 1 with input as doc([group({}), attachment])
}

test_elb_check_passes if {
	count(data.tollgate.terraform.asg_elb_health_check.deny) == 0 with input as doc([group({"target_group_arns": [tg], "health_check_type": "ELB"})])
	count(data.tollgate.terraform.asg_elb_health_check.deny) == 0 with input as doc([group({"target_group_arns": [tg], "health_check_type": "EBS,ELB"})])
}

test_no_load_balancer_passes if {
	count(data.tollgate.terraform.asg_elb_health_check.deny) == 0 with input as doc([group({})])
	count(data.tollgate.terraform.asg_elb_health_check.deny) == 0 with input as doc([group({"target_group_arns": []})])
	count(data.tollgate.terraform.asg_elb_health_check.deny) == 0 with input as doc([group({"traffic_source": [{"identifier": "arn:aws:vpc-lattice:eu-west-1:111122223333:targetgroup/tg-0123", "type": "vpc-lattice"}]})])
}

test_unknown_not_reported if {
	count(data.tollgate.terraform.asg_elb_health_check.deny) == 0 with input as doc([group({"target_group_arns": [tg], "health_check_type": {"__unknown__": "var.health_check_type"}})])
	count(data.tollgate.terraform.asg_elb_health_check.deny) == 0 with input as doc([group({"target_group_arns": {"__unknown__": "var.target_groups"}})])
}
