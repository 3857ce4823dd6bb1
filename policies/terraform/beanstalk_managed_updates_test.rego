package tollgate.terraform.beanstalk_managed_updates_test

import rego.v1

import data.tollgate.terraform.beanstalk_managed_updates as policy

environment(attrs) := {"address": "aws_elastic_beanstalk_environment.web", "type": "aws_elastic_beanstalk_environment", "name": "web", "mode": "managed", "attributes": attrs, "refs": []}

template(settings) := {"address": "aws_elastic_beanstalk_configuration_template.base", "type": "aws_elastic_beanstalk_configuration_template", "name": "base", "mode": "managed", "refs": [], "attributes": {
	"name": "base",
	"application": "app",
	"setting": settings,
}}

managed_updates(value) := {"namespace": "aws:elasticbeanstalk:managedactions", "name": "ManagedActionsEnabled", "value": value}

instance_type := {"namespace": "aws:autoscaling:launchconfiguration", "name": "InstanceType", "value": "t3.small"}

test_not_set_fails if {
	findings := policy.deny with input as {"kind": "terraform", "resources": [environment({"name": "web", "setting": [instance_type]})]}
	count(findings) == 1
	some f in findings
	f.path == ["setting"]
}

test_set_false_fails if {
	findings := policy.deny with input as {"kind": "terraform", "resources": [environment({"name": "web", "setting": [instance_type, managed_updates("false")]})]}
	count(findings) == 1
	some f in findings
	f.path == ["setting", 1, "value"]
}

test_template_without_option_fails if {
	findings := policy.deny with input as {"kind": "terraform", "resources": [
		environment({"name": "web", "template_name": "base"}),
		template([instance_type]),
	]}
	count(findings) == 1
	some f in findings
	f.path == ["template_name"]
}

test_environment_false_overrides_template_fails if {
	count(policy.deny) == 1 with input as {"kind": "terraform", "resources": [
		environment({"name": "web", "template_name": "base", "setting": [managed_updates(false)]}),
		template([managed_updates("true")]),
	]}
}

test_enabled_passes if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [environment({"name": "web", "setting": [instance_type, managed_updates("true")]})]}
}

test_enabled_by_template_passes if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [
		environment({"name": "web", "template_name": {"__unknown__": "aws_elastic_beanstalk_configuration_template.base.name", "__ref__": "aws_elastic_beanstalk_configuration_template.base"}}),
		template([managed_updates(true)]),
	]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [
		environment({"name": "a", "setting": {"__unknown__": "var.settings"}}),
		environment({"name": "b", "setting": [managed_updates({"__unknown__": "var.managed_updates"})]}),
		environment({"name": "c", "setting": [{"namespace": {"__unknown__": "each.value.namespace"}, "name": "x", "value": "y"}]}),
		environment({"name": "d", "template_name": {"__unknown__": "var.template"}}),
		environment({"name": "e", "template_name": "saved-elsewhere"}),
	]}
}
