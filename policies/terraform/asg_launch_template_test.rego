package tollgate.terraform.asg_launch_template_test

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

test_launch_configuration_name_fails if {
	findings := data.tollgate.terraform.asg_launch_template.deny with input as doc([group({"launch_configuration": "web-20240101"})])
	count(findings) == 1
	some f in findings
	f.resource == "aws_autoscaling_group.web"
	f.path == ["launch_configuration"]
}

test_launch_configuration_reference_fails if {
	count(data.tollgate.terraform.asg_launch_template.deny) == 1 with input as doc([group({"launch_configuration": {"__unknown__": "aws_launch_configuration.web.name", "__ref__": "aws_launch_configuration.web"}})])
}

test_launch_template_passes if {
	count(data.tollgate.terraform.asg_launch_template.deny) == 0 with input as doc([group({"launch_template": [{"id": {"__unknown__": "aws_launch_template.web.id", "__ref__": "aws_launch_template.web"}, "version": "$Latest"}]})])
}

test_null_launch_configuration_passes if {
	count(data.tollgate.terraform.asg_launch_template.deny) == 0 with input as doc([group({"launch_configuration": null, "launch_template": [{"name": "web"}]})])
}

test_unknown_conditional_not_reported if {
	count(data.tollgate.terraform.asg_launch_template.deny) == 0 with input as doc([group({"launch_configuration": {"__unknown__": "var.legacy ? aws_launch_configuration.web.name : null"}})])
}
