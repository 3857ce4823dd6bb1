package tollgate.cloudformation.beanstalk_managed_updates_test

import rego.v1

import data.tollgate.cloudformation.beanstalk_managed_updates as policy

environment(props) := {"address": "Web", "type": "AWS::ElasticBeanstalk::Environment", "name": "Web", "attributes": props, "refs": []}

template(props) := {"address": "Base", "type": "AWS::ElasticBeanstalk::ConfigurationTemplate", "name": "Base", "attributes": props, "refs": []}

managed_updates(value) := {"Namespace": "aws:elasticbeanstalk:managedactions", "OptionName": "ManagedActionsEnabled", "Value": value}

instance_type := {"Namespace": "aws:autoscaling:launchconfiguration", "OptionName": "InstanceType", "Value": "t3.small"}

base_ref := {"__unknown__": "Ref Base", "__ref__": "Base"}

test_not_set_fails if {
	findings := policy.deny with input as {"kind": "cloudformation", "resources": [environment({"ApplicationName": "app", "OptionSettings": [instance_type]})]}
	count(findings) == 1
	some f in findings
	f.path == ["OptionSettings"]
}

test_set_false_fails if {
	findings := policy.deny with input as {"kind": "cloudformation", "resources": [environment({"OptionSettings": [instance_type, managed_updates("false")]})]}
	count(findings) == 1
	some f in findings
	f.path == ["OptionSettings", 1, "Value"]
}

test_template_without_option_fails if {
	findings := policy.deny with input as {"kind": "cloudformation", "resources": [
		environment({"TemplateName": base_ref}),
		template({"ApplicationName": "app", "OptionSettings": [instance_type]}),
	]}
	count(findings) == 1
	some f in findings
	f.path == ["TemplateName"]
}

test_enabled_passes if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [environment({"OptionSettings": [managed_updates("true")]})]}
}

test_enabled_by_template_passes if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		environment({"TemplateName": base_ref, "OptionSettings": [instance_type]}),
		template({"ApplicationName": "app", "OptionSettings": [managed_updates(true)]}),
	]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		environment({"OptionSettings": {"__unknown__": "Fn::If IsProd"}}),
		environment({"OptionSettings": [managed_updates({"__unknown__": "Ref ManagedUpdates"})]}),
		environment({"TemplateName": "saved-config"}),
		environment({"TemplateName": base_ref}),
		template({"ApplicationName": "app", "SourceConfiguration": {"ApplicationName": "app", "TemplateName": "golden"}}),
	]}
}
