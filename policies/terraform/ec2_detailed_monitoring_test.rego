package tollgate.terraform.ec2_detailed_monitoring_test

import rego.v1

import data.tollgate.terraform.ec2_detailed_monitoring as mon

instance(attrs) := {"address": "aws_instance.app", "type": "aws_instance", "name": "app", "mode": "managed", "attributes": attrs, "refs": []}

template(attrs) := {"address": "aws_launch_template.app", "type": "aws_launch_template", "name": "app", "mode": "managed", "attributes": attrs, "refs": []}

from_template := {"launch_template": [{"id": {"__unknown__": "aws_launch_template.app.id", "__ref__": "aws_launch_template.app"}, "version": "$Latest"}]}

test_missing_monitoring_fails if {
	findings := mon.deny with input as {"kind": "terraform", "resources": [instance({"instance_type": "t3.micro"})]}
	count(findings) == 1
	some f in findings
	f.path == ["monitoring"]
}

test_monitoring_false_fails if {
	count(mon.deny) == 1 with input as {"kind": "terraform", "resources": [instance({"monitoring": false})]}
}

test_template_without_monitoring_fails if {
	findings := mon.deny with input as {"kind": "terraform", "resources": [instance(from_template), template({"name": "app", "monitoring": [{"enabled": false}]})]}
	count(findings) == 1
	some f in findings
	f.path == ["launch_template"]
}

test_template_by_name_without_monitoring_fails if {
	count(mon.deny) == 1 with input as {"kind": "terraform", "resources": [instance({"launch_template": [{"name": "app"}]}), template({"name": "app"})]}
}

test_monitoring_true_passes if {
	count(mon.deny) == 0 with input as {"kind": "terraform", "resources": [instance({"monitoring": "true"})]}
}

test_template_with_monitoring_passes if {
	count(mon.deny) == 0 with input as {"kind": "terraform", "resources": [instance(from_template), template({"monitoring": [{"enabled": true}]})]}
}

test_unknown_not_reported if {
	count(mon.deny) == 0 with input as {"kind": "terraform", "resources": [
		instance({"monitoring": {"__unknown__": "var.monitoring"}}),
		instance({"launch_template": [{"id": {"__unknown__": "var.template_id"}}]}),
		instance(from_template),
		template({"monitoring": {"__unknown__": "dynamic"}}),
	]}
}
