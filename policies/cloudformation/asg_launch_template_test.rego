package tollgate.cloudformation.asg_launch_template_test

import rego.v1

group(props) := {
	"address": "WebGroup",
	"type": "AWS::AutoScaling::AutoScalingGroup",
	"name": "WebGroup",
	"attributes": object.union({"MinSize": "2", "MaxSize": "6"}, props),
	"refs": [],
}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "parameters": {}, "conditions": {}, "resources": resources}

test_launch_configuration_reference_fails if {
	findings := data.tollgate.cloudformation.asg_launch_template.deny with input as doc([group({"LaunchConfigurationName": {"__unknown__": "Ref WebLaunchConfiguration", "__ref__": "WebLaunchConfiguration"}})])
	count(findings) == 1
	some f in findings
	f.resource == "WebGroup"
	f.path == ["LaunchConfigurationName"]
}

test_launch_configuration_name_fails if {
	count(data.tollgate.cloudformation.asg_launch_template.deny) == 1 with input as doc([group({"LaunchConfigurationName": "web-lc"})])
}

test_launch_template_passes if {
	count(data.tollgate.cloudformation.asg_launch_template.deny) == 0 with input as doc([group({"LaunchTemplate": {"LaunchTemplateId": {"__unknown__": "Ref WebLaunchTemplate", "__ref__": "WebLaunchTemplate"}, "Version": "1"}})])
}

test_unknown_condition_not_reported if {
	count(data.tollgate.cloudformation.asg_launch_template.deny) == 0 with input as doc([group({"LaunchConfigurationName": {"__unknown__": "Fn::If [\"Legacy\",{\"Ref\":\"Lc\"},{\"Ref\":\"AWS::NoValue\"}]"}})])
}
