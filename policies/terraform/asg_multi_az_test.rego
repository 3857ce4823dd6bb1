package tollgate.terraform.asg_multi_az_test

import rego.v1

group(attrs) := {
	"address": "aws_autoscaling_group.web",
	"type": "aws_autoscaling_group",
	"name": "web",
	"mode": "managed",
	"attributes": object.union({"min_size": 2, "max_size": 6}, attrs),
	"refs": [],
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

test_single_subnet_fails if {
	findings := data.tollgate.terraform.asg_multi_az.deny with input as doc([group({"vpc_zone_identifier": ["subnet-0a1b2c3d"]})])
	count(findings) == 1
	some f in findings
	f.resource == "aws_autoscaling_group.web"
	f.path == ["vpc_zone_identifier"]
}

test_single_zone_fails if {
	findings := data.tollgate.terraform.asg_multi_az.deny with input as doc([group({"availability_zones": ["eu-west-1a"]})])
	count(findings) == 1
	some f in findings
	f.path == ["availability_zones"]
}

test_single_unknown_subnet_fails if {
	count(data.tollgate.terraform.asg_multi_az.deny) == 1 with input as doc([group({"vpc_zone_identifier": [{"__unknown__": "aws_subnet.a.id", "__ref__": "aws_subnet.a"}]})])
}

test_two_subnets_pass if {
	count(data.tollgate.terraform.asg_multi_az.deny) == 0 with input as doc([group({"vpc_zone_identifier": [
		{"__unknown__": "aws_subnet.a.id", "__ref__": "aws_subnet.a"},
		{"__unknown__": "aws_subnet.b.id", "__ref__": "aws_subnet.b"},
	]})])
}

test_zones_pass if {
	count(data.tollgate.terraform.asg_multi_az.deny) == 0 with input as doc([group({"availability_zones": ["eu-west-1a", "eu-west-1b"]})])
}

test_unknown_not_reported if {
	count(data.tollgate.terraform.asg_multi_az.deny) == 0 with input as doc([group({"vpc_zone_identifier": {"__unknown__": "var.subnet_ids"}})])
	count(data.tollgate.terraform.asg_multi_az.deny) == 0 with input as doc([group({"availability_zones": {"__unknown__": "data.aws_availability_zones.available.names", "__ref__": "data.aws_availability_zones.available"}})])
	count(data.tollgate.terraform.asg_multi_az.deny) == 0 with input as doc([group({"vpc_zone_identifier": ["subnet-1"], "availability_zones": {"__unknown__": "var.zones"}})])
}

test_no_placement_not_reported if {
	count(data.tollgate.terraform.asg_multi_az.deny) == 0 with input as doc([group({})])
}

test_empty_placement_not_reported if {
	count(data.tollgate.terraform.asg_multi_az.deny) == 0 with input as doc([group({"vpc_zone_identifier": []})])
}
